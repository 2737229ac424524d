// Assets app: upload several files with a progress bar (XHR upload progress), drag and drop onto the drop zone.
// No inline script (CSP script-src 'self'); the form works without this script too.
(function () {
  'use strict';
  function init() {
    var form = document.getElementById('asset-upload');
    if (!form) { return; }
    var input = document.getElementById('upload-files');
    var zone = document.getElementById('drop-zone');
    var progress = document.getElementById('upload-progress');
    var results = document.getElementById('upload-results');
    var token = document.querySelector('meta[name="csrf-token"]');

    zone.addEventListener('dragover', function (e) { e.preventDefault(); zone.classList.add('dragging'); });
    zone.addEventListener('dragleave', function () { zone.classList.remove('dragging'); });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      zone.classList.remove('dragging');
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        send();
      }
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); send(); });

    function line(text, cls, href) {
      var li = document.createElement('li');
      if (cls) { li.className = cls; }
      if (href) {
        var a = document.createElement('a');
        a.href = href;
        a.textContent = text;
        li.appendChild(a);
      } else {
        li.textContent = text;
      }
      return li;
    }

    function send() {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      if (token) { xhr.setRequestHeader('X-CSRF-TOKEN', token.content); }
      progress.hidden = false;
      progress.value = 0;
      results.textContent = '';
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) { progress.value = Math.round(100 * e.loaded / e.total); }
      });
      xhr.addEventListener('load', function () {
        progress.value = 100;
        var body = {};
        try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = { refused: [{ message: form.dataset.textFailed + ' (' + xhr.status + ')' }] }; }
        var list = document.createElement('ul');
        (body.stored || []).forEach(function (s) { list.appendChild(line(form.dataset.textUploaded + ' ' + s.fileName, 'ok', s.href)); });
        (body.refused || []).forEach(function (r) { list.appendChild(line(r.message, 'error')); });
        results.appendChild(list);
        results.dataset.status = String(xhr.status);
        if ((body.stored || []).length) {
          var reload = document.createElement('a');
          reload.href = window.location.href;
          reload.textContent = form.dataset.textReload;
          results.appendChild(reload);
        }
      });
      xhr.addEventListener('error', function () {
        results.textContent = form.dataset.textFailed;
      });
      xhr.send(new FormData(form));
    }
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
