/* The review desk's keyboard: j/k through the queue, 1-5 for a status, / to search, ? for the keys.
   Plain script, no dependencies; the pages work without it. */
(function () {
  "use strict";
  var STATUSES = ["confirmed", "corroborated", "unconfirmed", "disputed", "retracted"];

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName));
  }

  function queueItems() {
    return Array.prototype.slice.call(document.querySelectorAll("#queue a.open"));
  }

  function move(step) {
    var items = queueItems();
    if (!items.length) { return; }
    var at = items.indexOf(document.activeElement);
    var next = at < 0 ? (step > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, at + step));
    items[next].focus();
    items[next].scrollIntoView({ block: "nearest" });
  }

  function reviewWith(status) {
    var select = document.getElementById("r-status");
    var reason = document.getElementById("r-reason");
    if (!select || !reason) { return; }
    select.value = status;
    document.getElementById("review").scrollIntoView({ block: "start" });
    reason.focus();
  }

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var page = document.body.getAttribute("data-page");
    var key = event.key;
    if (key === "/") {
      var search = document.getElementById("f-search");
      if (search) { event.preventDefault(); search.focus(); }
    } else if (key === "?") {
      var keys = document.getElementById("keys");
      keys.open = !keys.open;
      if (keys.open) { keys.querySelector("summary").focus(); }
    } else if (page === "queue" && (key === "j" || key === "k")) {
      event.preventDefault();
      move(key === "j" ? 1 : -1);
    } else if (/^[1-5]$/.test(key)) {
      var status = STATUSES[Number(key) - 1];
      if (page === "claim") {
        event.preventDefault();
        reviewWith(status);
      } else if (page === "queue") {
        var at = queueItems().indexOf(document.activeElement);
        if (at >= 0) {
          event.preventDefault();
          window.location.assign(queueItems()[at].getAttribute("href") + "?status=" + status + "#review");
        }
      }
    }
  }

  document.addEventListener("keydown", onKey);
  document.addEventListener("DOMContentLoaded", function () {
    if (document.body.getAttribute("data-page") === "claim" && window.location.hash === "#review") {
      var reason = document.getElementById("r-reason");
      if (reason) { reason.focus(); }
    }
  });
}());
