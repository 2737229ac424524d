#!/usr/bin/env python3
"""Quartiersnetz benchmark harness (standard library only); start it through bench/run.sh.

Per size: generate content, import it into a fresh data dir, reindex, start the server, then measure every
delivery scenario with wrk against the server and against nginx serving the identical bytes from disk.
Writes bench/results/latest.json and latest.md. See bench/README.md for what each figure means.
"""
import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)

# The delivery scenarios. Paths follow Magnolia's delivery endpoint v2 (restEndpoints/delivery/*.yaml):
# /<prefix>/<endpoint>/<item path>, lists with limit, offset, orderBy=<prop> asc|desc, q and <prop>[op]=value.
ENDPOINT = "projects/v1"
LIST_ORDERS = ["runningFrom desc", "title asc"]
TARGETS = {
    "list_ratio": 0.6,       # cached list >= 0.6 x nginx req/s ...
    "list_p99_ms": 5.0,      # ... and p99 <= 5 ms, at 16 connections
    "q_p99_ms": 20.0,        # q p99 <= 20 ms at 100k items
    "reindex_s": 30.0,       # reindex of 100k items <= 30 s
}

children = []          # every process we started and have not reaped yet
log_dir = None


def log(message):
    print(f"[bench {dt.datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------------
# processes
# ------------------------------------------------------------------------------------------------
def spawn(cmd, log_name=None, **kw):
    out = open(os.path.join(log_dir, log_name), "wb") if log_name else subprocess.DEVNULL
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT if log_name else subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, **kw)
    proc.log_file = out if log_name else None
    children.append(proc)
    return proc


def reap(proc, timeout=30):
    """Stops one child: SIGTERM, then SIGKILL after `timeout` seconds."""
    if proc.poll() is None:
        try:
            proc.terminate()
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    if proc.log_file:
        proc.log_file.close()
    if proc in children:
        children.remove(proc)


def cleanup(*_):
    for proc in list(children):
        try:
            reap(proc, timeout=15)
        except Exception:  # noqa: BLE001 - best effort on the way out
            pass


def on_signal(signum, _frame):
    log(f"signal {signum}: stopping child processes")
    cleanup()
    sys.exit(128 + signum)


def proc_status(pid):
    """VmRSS and VmHWM (peak) of a process in MiB, from /proc."""
    values = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    values[line.split(":")[0]] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return values.get("VmRSS"), values.get("VmHWM")


def cpu_seconds(pids):
    """User + system CPU seconds of the processes (all their threads) and their direct children, from /proc."""
    total, tick = 0.0, os.sysconf("SC_CLK_TCK")
    seen = set()
    for pid in pids:
        family = [pid]
        try:
            with open(f"/proc/{pid}/task/{pid}/children") as f:
                family += [int(c) for c in f.read().split()]
        except OSError:
            pass
        for member in family:
            if member in seen:
                continue
            seen.add(member)
            try:
                with open(f"/proc/{member}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / tick
            except (OSError, IndexError, ValueError):
                pass
    return total


def run_timed(cmd, log_name, timeout):
    """Runs a command to its end (bounded by timeout), returning (seconds, exit code, peak RSS MiB)."""
    start = time.monotonic()
    proc = spawn(cmd, log_name)
    peak = 0.0
    while proc.poll() is None:
        if time.monotonic() - start > timeout:
            log(f"timeout after {timeout} s: {' '.join(cmd[:4])} ...")
            reap(proc, timeout=10)
            return time.monotonic() - start, -1, peak
        _, hwm = proc_status(proc.pid)
        peak = max(peak, hwm or 0)
        time.sleep(0.1)
    elapsed = time.monotonic() - start
    reap(proc)
    return elapsed, proc.returncode, peak


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(url, timeout=10):
    """Returns (status, body bytes); status 0 when the server does not answer."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except (urllib.error.URLError, OSError):
        return 0, b""


def sh(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=30).stdout.strip() \
            or subprocess.run(cmd, capture_output=True, text=True, timeout=30).stderr.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


# ------------------------------------------------------------------------------------------------
# wrk
# ------------------------------------------------------------------------------------------------
WRK_LUA = r"""
-- Rotates through a file of request paths; each thread starts at its own offset, so the first
-- pass over the list sends every path once (uncached: URLs varied per request).
local paths = {}
local counter = 0
local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count - 1)
end
function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  local threads = tonumber(args[2]) or 1
  counter = math.floor(#paths * (tid or 0) / threads)
end
function request()
  counter = counter + 1
  if counter > #paths then counter = 1 end
  return wrk.format("GET", paths[counter])
end
"""

UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def parse_wrk(text):
    def ms(value):
        m = re.match(r"([\d.]+)(us|ms|s|m)$", value)
        return round(float(m.group(1)) * UNIT[m.group(2)], 3) if m else None

    result = {}
    for pct, value in re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", text, re.M):
        result[f"p{pct}_ms"] = ms(value)
    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    result["rps"] = round(float(m.group(1)), 1) if m else None
    m = re.search(r"(\d+) requests in ([\d.]+)(\w+)", text)
    result["requests"] = int(m.group(1)) if m else None
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    result["non2xx"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    result["socket_errors"] = sum(int(x) for x in m.groups()) if m else 0
    m = re.search(r"Latency\s+(\S+)\s+(\S+)\s+(\S+)", text)
    if m:
        result["avg_ms"], result["max_ms"] = ms(m.group(1)), ms(m.group(3))
    return result


def pinned(cpus, cmd):
    return ["taskset", "-c", cpus, *cmd] if cpus else cmd


def wrk(base, path, args, name, duration, paths_file=None, pids=()):
    cmd = pinned(args.client_cpus, ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{duration}", "--latency", "--timeout", "5s"])
    if paths_file:
        cmd += ["-s", os.path.join(log_dir, "rotate.lua")]
    cmd.append(base + path)
    if paths_file:
        cmd += ["--", paths_file, str(args.threads)]
    seconds = parse_duration(duration)
    cpu_before = cpu_seconds(pids)
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60).stdout
    except subprocess.TimeoutExpired:
        return {"error": "wrk did not finish"}
    cpu = cpu_seconds(pids) - cpu_before
    with open(os.path.join(log_dir, f"wrk-{name}.txt"), "w") as f:
        f.write(" ".join(cmd) + "\n" + out)
    result = parse_wrk(out)
    if pids and result.get("requests"):
        # CPU per request does not depend on how much of the core the noisy machine left us
        result["cpu_ms_per_request"] = round(1000 * cpu / result["requests"], 3)
    return result


def parse_duration(text):
    m = re.match(r"^(\d+)(s|m)?$", text)
    if not m:
        raise SystemExit(f"--duration: '{text}' is not like 10s or 2m")
    return int(m.group(1)) * (60 if m.group(2) == "m" else 1)


# ------------------------------------------------------------------------------------------------
# nginx
# ------------------------------------------------------------------------------------------------
class Nginx:
    def __init__(self, prefix, cpus, workers):
        self.prefix = prefix
        self.cpus = cpus
        self.workers = workers
        # open files stay open in the cache; past the process's file limit nginx can no longer accept
        # connections (seen at 100k items: 18 000 + 18 000 uncached files against a limit of 20 000)
        soft_limit = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
        self.open_file_cache = max(1000, min(50000, soft_limit // 2))
        self.root = os.path.join(prefix, "root")
        self.port = free_port()
        self.proc = None

    def start(self):
        shutil.rmtree(self.prefix, ignore_errors=True)
        for sub in ("root", "logs", "tmp"):
            os.makedirs(os.path.join(self.prefix, sub), exist_ok=True)
        os.chmod(self.prefix, 0o755)
        conf = os.path.join(self.prefix, "nginx.conf")
        with open(conf, "w") as f:
            f.write(f"""# throwaway config of the benchmark baseline: static files, loopback only
daemon off;
worker_processes {self.workers};
pid {self.prefix}/nginx.pid;
error_log {self.prefix}/logs/error.log warn;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_requests 1000000;
  keepalive_timeout 65;
  open_file_cache max={self.open_file_cache} inactive=60s;
  client_body_temp_path {self.prefix}/tmp/body;
  proxy_temp_path {self.prefix}/tmp/proxy;
  fastcgi_temp_path {self.prefix}/tmp/fastcgi;
  uwsgi_temp_path {self.prefix}/tmp/uwsgi;
  scgi_temp_path {self.prefix}/tmp/scgi;
  default_type application/json;
  server {{
    listen 127.0.0.1:{self.port};
    root {self.root};
    etag on;
  }}
}}
""")
        self.proc = spawn(pinned(self.cpus, ["nginx", "-e", os.path.join(self.prefix, "logs", "stderr.log"),
                                             "-c", conf, "-p", self.prefix]), "nginx.log")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"nginx did not start, see {log_dir}/nginx.log and {self.prefix}/logs")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("nginx did not open its port within 15 s")

    def put(self, rel, data):
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        return "/" + rel

    def pids(self):
        """The master (its workers are its children), for CPU accounting."""
        return (self.proc.pid,) if self.proc and self.proc.poll() is None else ()

    def stop(self):
        if self.proc:
            reap(self.proc, timeout=10)

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"


# ------------------------------------------------------------------------------------------------
# scenarios
# ------------------------------------------------------------------------------------------------
def q(value):
    return urllib.parse.quote(value, safe="")


def list_path(prefix, prop, value, order, offset, limit=20):
    path = f"{prefix}/{ENDPOINT}?{q(prop + '[eq]')}={q(value)}&orderBy={q(order)}&limit={limit}"
    return path + (f"&offset={offset}" if offset else "")


def search_path(prefix, term, offset, limit=20):
    return f"{prefix}/{ENDPOINT}?q={q(term)}&limit={limit}" + (f"&offset={offset}" if offset else "")


def search_totals(api_base, prefix, terms):
    """Matches per search term, asked of the server (total=true), so that search pages stay within them."""
    totals = {}
    for term in terms:
        status, body = http_get(api_base + search_path(prefix, term, 0, limit=1) + "&total=true", timeout=30)
        try:
            totals[term] = int(json.loads(body)["total"]) if status == 200 else 0
        except (ValueError, KeyError, TypeError):
            totals[term] = 0
    return totals


def scenario_urls(manifest, prefix, count, search_total=None):
    """For each scenario: the cached URL and a deterministic list of distinct URLs for the uncached runs.
    search_total(term) bounds the search offsets to the term's matches (unbounded without it)."""
    names = manifest["names"]["projects"]
    picked = names if len(names) <= count else [names[i * len(names) // count] for i in range(count)]
    items = [f"{prefix}/{ENDPOINT}/{n}" for n in picked]
    lists = []
    filters = manifest["filters"]["projects"]
    combos = [("city", v, c) for v, c in filters["city"].items()] + \
             [("federalState", v, c) for v, c in filters["federalState"].items()]
    offset = 0
    while len(lists) < count and offset < 100000:   # breadth first over filters, then deeper offsets
        added = False
        for prop, value, total in combos:
            for order in LIST_ORDERS:
                if offset <= max(0, total - 20) and len(lists) < count:
                    lists.append(list_path(prefix, prop, value, order, offset))
                    added = True
        if not added:
            break
        offset += 1
    searches = []
    terms = manifest["search_terms"]
    for offset in range(0, 100000, 20):
        if len(searches) >= count:
            break
        added = False
        for term in terms:
            within = search_total is None or offset < search_total(term)
            if len(searches) < count and within:
                searches.append(search_path(prefix, term, offset))
                added = True
        if not added:
            break
    big_city = next(iter(filters["city"]))
    return {
        "item": (f"{prefix}/{ENDPOINT}/{names[len(names) // 2]}", items),
        "list": (list_path(prefix, "city", big_city, LIST_ORDERS[0], 0), lists),
        "q": (search_path(prefix, "Beratung", 0), searches),
    }


SCENARIO_TITLES = {
    "item": "single item (projects/v1/{name})",
    "list": "list of 20, filter + orderBy",
    "q": "q full-text search, 20 hits",
    "health": "control: /actuator/health",
}


def stand_in(manifest, kind, index):
    """Delivery-shaped JSON from the generator's sample items, used while the server answers 404."""
    samples = manifest["samples"]["projects"]
    if kind == "item":
        body = samples[index % len(samples)]
    else:
        start = (index * 7) % max(1, len(samples) - 20)
        body = {"total": manifest["counts"]["projects"] // (5 if kind == "list" else 3), "offset": index * 20,
                "limit": 20, "results": samples[start:start + 20]}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def curl_fetch_many(base, paths, out_dir, timeout):
    """Fetches every path once with one curl process (keep-alive); returns the HTTP codes in order."""
    os.makedirs(out_dir, exist_ok=True)
    config = os.path.join(out_dir, "curl.cfg")
    with open(config, "w") as f:
        for i, path in enumerate(paths):
            f.write(f'url = "{base}{path}"\noutput = "{out_dir}/{i}"\n')
    try:
        out = subprocess.run(["curl", "-s", "-K", config, "-w", "%{http_code}\n"], capture_output=True,
                             text=True, timeout=timeout).stdout
    except subprocess.TimeoutExpired:
        return []
    return [int(c) for c in out.split()]


def measure(size_tag, name, variant, server_base, api_base, nginx, cached_path, uncached_paths, manifest, args,
            server_pids=()):
    """One scenario x variant: server run (unless unavailable), then nginx on the same bytes."""
    tag = f"{size_tag}-{name}-{variant}"
    entry = {"id": f"{name}-{variant}", "scenario": name, "variant": variant, "title": SCENARIO_TITLES[name]}
    base = api_base if name != "health" else server_base
    status, body = fetch_once(base, cached_path, os.path.join(log_dir, f"curl-{tag}.out"))
    entry["http_status"] = status
    entry["url"] = cached_path if variant == "cached" else uncached_paths[0]
    available = status == 200
    entry["status"] = "ok" if available else ("unavailable" if status == 404 else "error")
    warm = f"{args.warmup}s"
    if variant == "cached":
        entry["distinct_urls"] = 1
        if available:
            wrk(base, cached_path, args, f"{tag}-server-warmup", warm)
            entry["server"] = wrk(base, cached_path, args, f"{tag}-server", args.duration, pids=server_pids)
            data, source = body, "server"
        else:
            data, source = stand_in(manifest, name, 0), "stand-in"
        entry["bytes"] = len(data)
        nginx_path = nginx.put(f"{size_tag}/{name}-cached.json", data)
        entry["nginx_bytes"] = source
        wrk(nginx.base, nginx_path, args, f"{tag}-nginx-warmup", warm)
        entry["nginx"] = wrk(nginx.base, nginx_path, args, f"{tag}-nginx", args.duration, pids=nginx.pids())
    else:
        warm_n = max(1, len(uncached_paths) // 10)
        warm_paths, paths = uncached_paths[-warm_n:], uncached_paths[:-warm_n] or uncached_paths
        entry["distinct_urls"] = len(paths)
        files_dir = os.path.join(nginx.root, size_tag, f"{name}-uncached")
        if available:
            lst = write_lines(f"{tag}-warm.paths", warm_paths)
            wrk(base, warm_paths[0], args, f"{tag}-server-warmup", warm, lst)
            lst = write_lines(f"{tag}.paths", paths)
            entry["server"] = wrk(base, paths[0], args, f"{tag}-server", args.duration, lst, pids=server_pids)
            # the bytes for nginx are fetched after the server run, so that run met a cold cache
            codes = curl_fetch_many(base, paths, files_dir, timeout=max(120, len(paths) // 20))
            ok = sum(1 for c in codes if c == 200)
            entry["nginx_bytes"] = "server"
            entry["fetch_non200"] = len(paths) - ok
            sizes = [os.path.getsize(os.path.join(files_dir, str(i))) for i in range(len(codes))
                     if os.path.exists(os.path.join(files_dir, str(i)))]
            entry["bytes"] = round(sum(sizes) / len(sizes)) if sizes else None
            nginx_paths = [f"/{size_tag}/{name}-uncached/{i}" for i in range(len(codes))]
        else:
            entry["nginx_bytes"] = "stand-in"
            stand_ins = [stand_in(manifest, name, i) for i in range(min(len(paths), 400))]
            nginx_paths = [nginx.put(f"{size_tag}/{name}-uncached/{i}", d) for i, d in enumerate(stand_ins)]
            entry["bytes"] = round(sum(map(len, stand_ins)) / len(stand_ins))
        entry["nginx_distinct_urls"] = len(nginx_paths)
        lst = write_lines(f"{tag}-nginx.paths", nginx_paths)
        wrk(nginx.base, nginx_paths[0], args, f"{tag}-nginx-warmup", warm, lst)
        entry["nginx"] = wrk(nginx.base, nginx_paths[0], args, f"{tag}-nginx", args.duration, lst, pids=nginx.pids())
        if entry.get("server", {}).get("requests"):
            entry["cold_share"] = round(min(1.0, len(paths) / entry["server"]["requests"]), 3)
    server_rps = entry.get("server", {}).get("rps")
    nginx_rps = entry.get("nginx", {}).get("rps")
    entry["ratio"] = round(server_rps / nginx_rps, 3) if server_rps and nginx_rps else None
    return entry


def fetch_once(base, path, out_file):
    """The response once with curl: status and the exact bytes."""
    try:
        code = subprocess.run(["curl", "-s", "-o", out_file, "-w", "%{http_code}", base + path],
                              capture_output=True, text=True, timeout=60).stdout
        with open(out_file, "rb") as f:
            return int(code or 0), f.read()
    except (subprocess.TimeoutExpired, OSError, ValueError):
        return 0, b""


def write_lines(name, lines):
    path = os.path.join(log_dir, name)
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path


# ------------------------------------------------------------------------------------------------
# one size
# ------------------------------------------------------------------------------------------------
def generate(items, args):
    with open(os.path.join(BENCH, "gen_content.py"), "rb") as f:
        gen_hash = hashlib.sha256(f.read()).hexdigest()[:12]
    out = os.path.join(args.work, f"gen-{items}-s{args.seed}")
    stamp = os.path.join(out, ".stamp")
    key = f"{gen_hash} {args.seed} {items}"
    if os.path.exists(stamp) and open(stamp).read() == key:
        log(f"{items} items: generated content is cached in {out}")
        return out, None
    log(f"{items} items: generating content")
    start = time.monotonic()
    subprocess.run([sys.executable, os.path.join(BENCH, "gen_content.py"), "--items", str(items), "--out", out,
                    "--seed", str(args.seed)], check=True, timeout=3600)
    with open(stamp, "w") as f:
        f.write(key)
    return out, round(time.monotonic() - start, 2)


def import_batches(manifest, limit):
    batches, current, nodes = [], [], 0
    for entry in manifest["import_order"]:
        if current and limit and nodes + entry["nodes"] > limit:
            batches.append(current)
            current, nodes = [], 0
        current.append(entry["file"])
        nodes += entry["nodes"]
    if current:
        batches.append(current)
    return batches


def imported_items(items, commands):
    """Top-level items the first `commands` import commands reported."""
    count = 0
    for i in range(commands):
        try:
            with open(os.path.join(log_dir, f"import-{items}-{i:03d}.log"), errors="replace") as f:
                m = re.search(r"Imported (\d+) top-level nodes", f.read())
                count += int(m.group(1)) if m else 0
        except OSError:
            pass
    return count


def java_cmd(args):
    return ["java", *args.jvm_opts.split(), "-jar", args.jar]


def run_size(items, args, nginx):
    result = {"items": items}
    size_tag = f"n{items}"
    gen_dir, gen_s = generate(items, args)
    with open(os.path.join(gen_dir, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    result.update(counts=manifest["counts"], jcr_nodes=manifest["nodes"], generate_s=gen_s,
                  files=len(manifest["import_order"]),
                  data_mb=round(sum(os.path.getsize(os.path.join(gen_dir, e["file"]))
                                    for e in manifest["import_order"]) / 1048576, 1))
    data_dir = os.path.join(args.work, f"data-{items}")
    common = [f"--quartiersnetz.data-dir={data_dir}", f"--quartiersnetz.light-modules={args.light_modules}"]
    reuse = args.reuse_data and os.path.exists(os.path.join(data_dir, ".imported"))
    if reuse:
        log(f"{items} items: reusing the imported data dir {data_dir} (--reuse-data: no import/reindex timing)")
        result["import"] = {"reused": True}
    else:
        shutil.rmtree(data_dir, ignore_errors=True)
        batches = import_batches(manifest, args.import_batch_nodes)
        log(f"{items} items: importing {manifest['nodes']} JCR nodes from {len(manifest['import_order'])} files "
            f"in {len(batches)} import command(s) with --publish")
        total, peak, failed, per_command, partial = 0.0, 0.0, None, [], None
        nodes_of = {e["file"]: e["nodes"] for e in manifest["import_order"]}
        for i, batch in enumerate(batches):
            seconds, code, hwm = run_timed(java_cmd(args) + ["import", *[os.path.join(gen_dir, f) for f in batch],
                                                             "--publish", *common],
                                           f"import-{items}-{i:03d}.log", args.import_timeout)
            total += seconds
            peak = max(peak, hwm)
            per_command.append({"files": batch, "nodes": sum(nodes_of[f] for f in batch), "seconds": round(seconds, 2),
                                "peak_rss_mb": round(hwm)})
            if code != 0:
                failed = f"import command {i + 1}/{len(batches)} exited {code}, see {log_dir}/import-{items}-{i:03d}.log"
                break
            if args.import_budget and total > args.import_budget and i + 1 < len(batches):
                partial = {"commands_done": i + 1, "nodes": sum(c["nodes"] for c in per_command),
                           "items": imported_items(items, i + 1)}
                log(f"{items} items: --import-budget {args.import_budget} s used up after {i + 1} of {len(batches)} "
                    f"commands ({partial['items']} items); measuring the partial data, marked as such")
                break
            if len(batches) > 1 and (i + 1) % max(1, len(batches) // 10) == 0:
                log(f"  {i + 1}/{len(batches)} imports done, {total:.0f} s so far")
        result["import"] = {"seconds": round(total, 2), "commands": len(batches), "peak_rss_mb": round(peak),
                            "nodes_per_s": round((partial or {}).get("nodes", manifest["nodes"]) / total)
                            if total and not failed else None,
                            "items_per_s": round((partial or {}).get("items", items) / total, 1)
                            if total and not failed else None,
                            "batch_nodes": args.import_batch_nodes, "error": failed, "per_command": per_command,
                            "partial": partial}
        if partial:
            result["partial"] = True
        if failed:
            log(failed)
            return result
        if not partial:   # --reuse-data only reuses complete imports
            with open(os.path.join(data_dir, ".imported"), "w") as f:
                f.write(str(items))
        seconds, code, hwm = run_timed(java_cmd(args) + ["reindex", *common], f"reindex-{items}.log",
                                       args.import_timeout)
        result["reindex"] = {"seconds": round(seconds, 2), "peak_rss_mb": round(hwm),
                             "error": None if code == 0 else f"exit {code}"}
        log(f"{items} items: import {total:.1f} s, reindex {seconds:.1f} s")
    result["data_dir_mb"] = round(dir_size(data_dir) / 1048576, 1)

    port = free_port()
    server_base = f"http://127.0.0.1:{port}"
    start = time.monotonic()
    server = spawn(pinned(args.server_cpus, java_cmd(args)) + [*common, f"--server.port={port}", "--server.address=127.0.0.1",
                                     "--quartiersnetz.demo-content=false"], f"server-{items}.log", cwd=ROOT)
    up = False
    while time.monotonic() - start < args.start_timeout and server.poll() is None:
        status, body = http_get(server_base + "/actuator/health", timeout=2)
        if status == 200 and b'"UP"' in body:
            up = True
            break
        time.sleep(0.05)
    start_s = time.monotonic() - start
    if not up:
        result["start"] = {"error": f"health not UP within {args.start_timeout} s, see {log_dir}/server-{items}.log"}
        log(result["start"]["error"])
        reap(server)
        return result
    rss, _ = proc_status(server.pid)
    result["start"] = {"seconds": round(start_s, 2), "spring_s": spring_started(f"server-{items}.log")}
    result["rss_mb"] = {"after_start": round(rss or 0)}
    log(f"{items} items: server UP after {start_s:.1f} s, RSS {rss:.0f} MiB")

    api_base = args.api_base or server_base
    totals = search_totals(api_base, args.api_prefix, manifest["search_terms"])
    urls = scenario_urls(manifest, args.api_prefix, args.uncached_urls,
                         (lambda term: totals.get(term, 0)) if any(totals.values()) else None)
    scenarios = []
    health_path = "/actuator/health"
    server_pids = () if args.api_base else (server.pid,)
    scenarios.append(measure(size_tag, "health", "cached", server_base, api_base, nginx, health_path, [health_path],
                             manifest, args, server_pids))
    for name in ("item", "list", "q"):
        cached_path, uncached = urls[name]
        for variant in ("cached", "uncached"):
            entry = measure(size_tag, name, variant, server_base, api_base, nginx, cached_path, uncached, manifest, args,
                            server_pids)
            log(f"  {name}/{variant}: {entry['status']} (HTTP {entry['http_status']}) server "
                f"{fmt(entry.get('server', {}).get('rps'))} req/s, nginx {fmt(entry.get('nginx', {}).get('rps'))} req/s")
            scenarios.append(entry)
    result["scenarios"] = scenarios
    rss, hwm = proc_status(server.pid)
    result["rss_mb"].update(after_load=round(rss or 0), peak=round(hwm or 0))
    reap(server)
    return result


def spring_started(log_name):
    try:
        with open(os.path.join(log_dir, log_name), errors="replace") as f:
            m = re.search(r"Started \w+ in ([\d.]+) seconds", f.read())
            return float(m.group(1)) if m else None
    except OSError:
        return None


def dir_size(path):
    total = 0
    for folder, _, files in os.walk(path):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(folder, name))
            except OSError:
                pass
    return total


# ------------------------------------------------------------------------------------------------
# targets and report
# ------------------------------------------------------------------------------------------------
def judge(size, args):
    """Adds 'target' and 'met' to the scenarios and lifecycle figures the performance targets speak of."""
    full = not size.get("partial")
    for s in size.get("scenarios", []):
        server = s.get("server") or {}
        if s["scenario"] == "list" and s["variant"] == "cached":
            s["target"] = f"ratio ≥ {TARGETS['list_ratio']} and p99 ≤ {TARGETS['list_p99_ms']:g} ms at 16 connections"
            if s["status"] == "ok" and server.get("p99_ms") is not None and s.get("ratio") is not None:
                s["met"] = s["ratio"] >= TARGETS["list_ratio"] and server["p99_ms"] <= TARGETS["list_p99_ms"] \
                    and args.connections == 16
        elif s["scenario"] == "q":
            s["target"] = f"p99 ≤ {TARGETS['q_p99_ms']:g} ms at 100k items"
            if s["status"] == "ok" and size["items"] >= 100000 and full and server.get("p99_ms") is not None:
                s["met"] = server["p99_ms"] <= TARGETS["q_p99_ms"]
    reindex = size.get("reindex")
    if reindex:
        reindex["target"] = f"≤ {TARGETS['reindex_s']:g} s at 100k items"
        if size["items"] >= 100000 and full and not reindex.get("error"):
            reindex["met"] = reindex["seconds"] <= TARGETS["reindex_s"]


def fmt(value, digits=0):
    if value is None:
        return "—"
    if isinstance(value, float) and digits:
        return f"{value:.{digits}f}"
    return f"{value:,.0f}".replace(",", " ") if isinstance(value, (int, float)) else str(value)


def met_text(entry):
    if "target" not in entry:
        return "—"
    if entry.get("met") is True:
        return "yes"
    if entry.get("met") is False:
        return "**no**"
    return "n/a"


def markdown(report):
    p = report["params"]
    lines = [f"# Benchmark results ({report['finished']})", "",
             f"Commit `{report['git']['commit']}`{' (dirty)' if report['git']['dirty'] else ''}, "
             f"{report['machine']['cpus']} cores, {report['machine']['mem_gib']} GiB, {report['machine']['java']}. "
             f"wrk {p['threads']} threads, {p['connections']} connections, {p['duration']} per run "
             f"(after {p['warmup']} s warm-up); server and nginx on CPU {p['cpus_server_and_nginx']}, wrk on CPU "
             f"{p['cpus_wrk']}; nginx serves the identical bytes from disk on the same machine. "
             f"Generated by `bench/run.sh {' '.join(report['argv'])}`"
             + "".join(f"; {fmt(s['items'])} items from `bench/run.sh {' '.join(s['run']['argv'])}` "
                       f"(commit {s['run']['commit']}, {s['run']['finished']})"
                       for s in report["sizes"] if s.get("run") and s["run"]["argv"] != report["argv"])
             + "".join(f"; sizes kept from `bench/run.sh {' '.join(e.get('argv') or [])}` (commit "
                       f"{(e.get('git') or {}).get('commit')}, {e.get('finished')})"
                       for e in report.get("earlier_runs", [])) + ".", "",
             "| items | scenario | status | server req/s | p50 ms | p99 ms | nginx req/s | nginx p99 ms | ratio | "
             "server CPU ms/req | nginx CPU ms/req | bytes | target | met? |",
             "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    def items_label(size):
        partial = (size.get("import") or {}).get("partial")
        return f"{fmt(partial['items'])} of {fmt(size['items'])}" if partial else fmt(size["items"])

    for size in report["sizes"]:
        for s in size.get("scenarios", []):
            server, ngx = s.get("server") or {}, s.get("nginx") or {}
            status = s["status"] if s["status"] == "ok" else f"{s['status']} (HTTP {s['http_status']})"
            if s.get("nginx_bytes") == "stand-in":
                status += ", nginx on stand-in bytes"
            label = f"{s['title']}, {s['variant']}"
            if s["variant"] == "uncached":
                label += f" ({s.get('distinct_urls')} URLs)"
            lines.append(f"| {items_label(size)} | {label} | {status} | {fmt(server.get('rps'))} | "
                         f"{fmt(server.get('p50_ms'), 2)} | {fmt(server.get('p99_ms'), 2)} | {fmt(ngx.get('rps'))} | "
                         f"{fmt(ngx.get('p99_ms'), 2)} | {fmt(s.get('ratio'), 2)} | "
                         f"{fmt(server.get('cpu_ms_per_request'), 3)} | {fmt(ngx.get('cpu_ms_per_request'), 3)} | "
                         f"{fmt(s.get('bytes'))} | "
                         f"{s.get('target', '—')} | {met_text(s)} |")
    lines += ["", "| items | import + publish | import commands | import peak RSS | reindex | reindex target | met? | "
                  "start (health UP) | RSS after start | RSS after load | data dir |",
              "|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---:|"]
    for size in report["sizes"]:
        imp, rei = size.get("import", {}), size.get("reindex") or {}
        imp_text = "reused" if imp.get("reused") else (
            f"{fmt(imp.get('seconds'), 1)} s ({fmt(imp.get('items_per_s'), 1)} items/s)" if imp.get("seconds") else "—")
        if imp.get("error"):
            imp_text += " **failed**"
        if imp.get("partial"):
            imp_text += f" **stopped by budget** after {fmt(imp['partial']['items'])} items"
        start, rss = size.get("start", {}), size.get("rss_mb", {})
        commands = fmt(imp.get("commands"))
        if imp.get("partial"):
            commands = f"{imp['partial']['commands_done']} of {commands}"
        lines.append(f"| {items_label(size)} | {imp_text} | {commands} | "
                     f"{fmt(imp.get('peak_rss_mb'))} MiB | {fmt(rei.get('seconds'), 1)} s | {rei.get('target', '—')} | "
                     f"{met_text(rei) if rei else '—'} | {fmt(start.get('seconds'), 1)} s | "
                     f"{fmt(rss.get('after_start'))} MiB | {fmt(rss.get('after_load'))} MiB | "
                     f"{fmt(size.get('data_dir_mb'), 1)} MiB |")
    lines += ["", "Figures from a shared, noisy machine vary by ±20 % between runs; compare ratios. `unavailable` means the server answered 404 (the delivery API is not in this build); "
                  "nginx then serves delivery-shaped stand-in bytes of the same kind so its baseline is still "
                  "measured. See bench/README.md.", ""]
    return "\n".join(lines)


def write_report(report, args):
    report["finished"] = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "latest.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=1)
    text = markdown(report)
    with open(os.path.join(args.out, "latest.md"), "w", encoding="utf-8") as f:
        f.write(text)
    return text


def machine_info():
    mem = 0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem = int(line.split()[1]) / 1048576
    java = sh(["java", "-version"]).splitlines()
    return {"cpus": os.cpu_count(), "mem_gib": round(mem, 1), "kernel": platform.release(),
            "java": java[0] if java else "?", "wrk": sh(["wrk", "--version"]).splitlines()[0] if sh(["wrk", "--version"]) else "?",
            "nginx": sh(["nginx", "-v"]), "python": platform.python_version()}


def git_info():
    commit = sh(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    dirty = bool(sh(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"]))
    return {"commit": commit, "dirty": dirty}


def main():
    ap = argparse.ArgumentParser(description="Quartiersnetz benchmark (see bench/README.md)")
    ap.add_argument("--sizes", default="10000,100000", help="comma-separated item counts")
    ap.add_argument("--duration", default="10s", help="wrk run length per scenario and server (e.g. 10s)")
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--threads", type=int, help="wrk threads (default: one per wrk core)")
    ap.add_argument("--no-pin", action="store_true",
                    help="do not pin: by default the server and nginx run on all cores but the last, wrk on the last")
    ap.add_argument("--warmup", type=int, default=3, help="seconds of wrk warm-up before each measured run")
    ap.add_argument("--quick", action="store_true", help="smoke run: 1000 items, 3 s runs, 1 s warm-up")
    ap.add_argument("--seed", type=int, default=4711)
    ap.add_argument("--uncached-urls", type=int, default=20000, help="distinct URLs per uncached scenario")
    ap.add_argument("--import-batch-nodes", type=int, default=100000,
                    help="JCR nodes per import command (files are grouped up to this); 0 = one command for all")
    ap.add_argument("--import-budget", type=int, default=0,
                    help="stop importing a size after this many seconds (0 = no budget) and skip its measurements")
    ap.add_argument("--import-timeout", type=int, default=4 * 3600, help="seconds per import/reindex command")
    ap.add_argument("--start-timeout", type=int, default=300)
    ap.add_argument("--jvm-opts", default="", help="options for every java command, e.g. '-Xmx2g'")
    ap.add_argument("--append", action="store_true",
                    help="keep the other sizes of the existing latest.json (e.g. add a 100k run to a 10k run)")
    ap.add_argument("--reuse-data", action="store_true", help="keep an imported data dir from an earlier run")
    ap.add_argument("--api-base", help="send delivery requests to this loopback server instead (e.g. a branch build)")
    ap.add_argument("--api-prefix", default="/.rest/delivery")
    ap.add_argument("--out", default=os.path.join(BENCH, "results"), help="folder for latest.json and latest.md")
    ap.add_argument("--work", default=os.path.join(BENCH, "work"))
    ap.add_argument("--jar", default=os.path.join(ROOT, "webapp", "target", "quartiersnetz.jar"))
    ap.add_argument("--light-modules", default=os.path.join(ROOT, "light-modules"))
    args = ap.parse_args()
    if args.quick:
        args.sizes, args.duration, args.warmup = "1000", "3s", 1
        args.uncached_urls = min(args.uncached_urls, 2000)
    parse_duration(args.duration)
    cpus = os.cpu_count() or 1
    if args.no_pin or cpus < 2 or not shutil.which("taskset"):
        args.server_cpus = args.client_cpus = None
        server_cores, client_cores = cpus, cpus
    else:
        args.server_cpus = "0" if cpus == 2 else f"0-{cpus - 2}"
        args.client_cpus = str(cpus - 1)
        server_cores, client_cores = cpus - 1, 1
    args.threads = args.threads or client_cores
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.api_base and urllib.parse.urlparse(args.api_base).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("--api-base must be a loopback address")
    global log_dir
    args.work = os.path.abspath(args.work)
    log_dir = os.path.join(args.work, "logs")
    shutil.rmtree(log_dir, ignore_errors=True)
    os.makedirs(log_dir)
    with open(os.path.join(log_dir, "rotate.lua"), "w") as f:
        f.write(WRK_LUA)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, on_signal)

    report = {"started": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "argv": sys.argv[1:],
              "params": {"sizes": sizes, "duration": args.duration, "connections": args.connections,
                         "threads": args.threads, "warmup": args.warmup, "quick": args.quick, "seed": args.seed,
                         "uncached_urls": args.uncached_urls, "import_batch_nodes": args.import_batch_nodes,
                         "jvm_opts": args.jvm_opts, "api_prefix": args.api_prefix, "endpoint": ENDPOINT,
                         "cpus_server_and_nginx": args.server_cpus or "all", "cpus_wrk": args.client_cpus or "all"},
              "targets": TARGETS, "machine": machine_info(), "git": git_info(), "sizes": []}
    if args.append and os.path.exists(os.path.join(args.out, "latest.json")):
        with open(os.path.join(args.out, "latest.json"), encoding="utf-8") as f:
            earlier = json.load(f)
        report["sizes"] = [s for s in earlier.get("sizes", []) if s["items"] not in sizes]
        report["earlier_runs"] = earlier.get("earlier_runs", []) + [
            {k: earlier.get(k) for k in ("started", "finished", "argv", "git", "params")}]
    nginx = Nginx(os.path.join(args.work, "nginx"), args.server_cpus, server_cores)
    try:
        nginx.start()
        log(f"nginx baseline on {nginx.base}")
        for items in sizes:
            size = run_size(items, args, nginx)
            size["run"] = {"argv": sys.argv[1:], "commit": report["git"]["commit"],
                           "finished": dt.datetime.now().astimezone().isoformat(timespec="seconds")}
            judge(size, args)
            report["sizes"].append(size)
            report["sizes"].sort(key=lambda s: s["items"])
            text = write_report(report, args)   # after every size, so a long run keeps what it has
    finally:
        cleanup()
    print(text)
    log(f"wrote {args.out}/latest.json and latest.md; raw wrk output and logs in {log_dir}")
    failed = [s for s in report["sizes"] if (s.get("import") or {}).get("error") or (s.get("start") or {}).get("error")]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
