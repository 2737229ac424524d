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

// Security: a 401 answer to an htmx request means the session expired or was ended; go to the login page.
(function () {
  "use strict";
  var script = document.currentScript;
  var login = new URL("../login?expired", script ? script.src : window.location.href);
  document.addEventListener("htmx:responseError", function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 401) {
      window.location.assign(login.href);
    }
  });
})();
