// Content app browser: select-all and the selection count, dialogs (<dialog>, focus in and back out),
// and htmx answers: a refusal (4xx) carries the list with its message and is shown like a success.
(function () {
  "use strict";
  // htmx runs this file again when it restores a page from its history cache: listen only once.
  if (window.quartiersnetzBrowser) {
    return;
  }
  window.quartiersnetzBrowser = true;
  var opener = null;

  if (window.htmx) {
    htmx.config.responseHandling = [
      {code: "204", swap: false},
      {code: "[23]..", swap: true},
      {code: "4..", swap: true, error: false},
      {code: "...", swap: false, error: true}
    ];
  }

  function boxes() {
    return Array.prototype.slice.call(document.querySelectorAll('#browser-actions input[name="paths"]'));
  }

  function updateSelection() {
    var all = document.getElementById("select-all");
    var count = document.getElementById("browser-selected");
    if (!all) {
      return;
    }
    var list = boxes();
    var checked = list.filter(function (box) { return box.checked; }).length;
    all.hidden = false;
    all.checked = list.length > 0 && checked === list.length;
    all.indeterminate = checked > 0 && checked < list.length;
    if (count) {
      count.textContent = checked === 0 ? count.dataset.none
          : checked === 1 ? count.dataset.one : count.dataset.many.replace("{0}", String(checked));
    }
  }

  function announce(text) {
    var live = document.getElementById("browser-live");
    if (live) {
      live.textContent = "";
      window.setTimeout(function () { live.textContent = text; }, 50);
    }
  }

  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.id === "select-all") {
      boxes().forEach(function (box) { box.checked = target.checked; });
    }
    if (target.id === "select-all" || target.name === "paths") {
      updateSelection();
    }
  });

  document.addEventListener("click", function (event) {
    var close = event.target.closest("[data-dialog-close]");
    var dialog = close && close.closest("dialog");
    if (dialog) {
      event.preventDefault();
      dialog.close();
    }
  });

  // Empty search fields stay out of the URL that is pushed and shared.
  document.addEventListener("htmx:configRequest", function (event) {
    if (event.detail.elt.id !== "browser-search") {
      return;
    }
    var parameters = event.detail.parameters;
    Object.keys(parameters).forEach(function (name) {
      if (parameters[name] === "") {
        delete parameters[name];
      }
    });
  });

  document.addEventListener("htmx:beforeRequest", function (event) {
    var target = event.detail.target;
    if (target && target.id === "browser-dialog-slot") {
      opener = event.detail.elt;
    }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    if (target.id === "browser-dialog-slot") {
      var dialog = target.querySelector("dialog");
      if (dialog) {
        dialog.addEventListener("close", function () {
          dialog.remove();
          if (opener && document.body.contains(opener)) {
            opener.focus();
          }
        });
        dialog.showModal();
      }
      return;
    }
    if (target.id !== "browser-results") {
      return;
    }
    var open = document.querySelector("#browser-dialog-slot dialog");
    if (open) {
      opener = null;
      open.close();
    }
    updateSelection();
    var notice = document.getElementById("browser-notice");
    var range = document.getElementById("browser-range");
    if (notice) {
      notice.focus();
    } else if (range) {
      announce(range.textContent);
      // A link that is gone after the swap (the last page has no "next") leaves focus nowhere.
      if (!document.activeElement || document.activeElement === document.body) {
        range.focus();
      }
    }
  });

  updateSelection();
})();
