// Sends the CSRF token with every htmx request and shows the progress indicator for slow ones.
(function () {
  "use strict";
  var token = document.querySelector('meta[name="csrf-token"]');
  var slow = null;
  document.addEventListener("htmx:configRequest", function (event) {
    if (token && token.content) {
      event.detail.headers["X-CSRF-TOKEN"] = token.content;
    }
  });
  document.addEventListener("htmx:beforeRequest", function () {
    clearTimeout(slow);
    slow = setTimeout(function () {
      document.getElementById("progress").hidden = false;
    }, 1000);
  });
  document.addEventListener("htmx:afterRequest", function () {
    clearTimeout(slow);
    document.getElementById("progress").hidden = true;
  });
})();
