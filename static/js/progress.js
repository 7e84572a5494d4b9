// Keeps a page about running work up to date without a timed reload (a <meta> refresh is an
// accessibility failure, WCAG 2.2.1): while the region marked data-poll is on the page, the
// page is fetched again every two seconds and the region's content replaced (it is a live
// region: the new figures are announced). When the fetched page says the work is over (its
// region has no data-poll), the page is loaded once more to show what the end brings.
(function () {
  "use strict";
  var region = document.querySelector("[data-poll]");
  if (!region || !region.id || !window.fetch || !window.DOMParser) {
    return;
  }
  var every = parseInt(region.getAttribute("data-poll"), 10) || 2000;

  function poll() {
    fetch(window.location.href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, "text/html").getElementById(region.id);
        if (!next || !next.hasAttribute("data-poll")) {
          window.location.reload();
          return;
        }
        region.innerHTML = next.innerHTML;
        window.setTimeout(poll, every);
      })
      .catch(function () {
        window.setTimeout(poll, every * 3);
      });
  }

  window.setTimeout(poll, every);
})();
