/*
 * Jiangmen trade-subsidy application: the evidence links of the review forms open the file in a new
 * window, beside the form. Loaded by config.js (requireJsConfig).
 *
 * The forms list the files in an html component; form-js cleans that component's markup with
 * DOMPurify's defaults, which drop target="_blank". A plain click would then replace Tasklist, and
 * the decision being filled in, with the PDF. A click (or Enter) on such a link opens a new window
 * instead; a middle click or a modifier key keeps the browser's own behaviour.
 */
define([], function () {
  'use strict';

  var EVIDENCE = /^\/officer\/applications\/[^/]+\/attachments\/[^/]+$/;

  document.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    if (!link || !EVIDENCE.test(link.getAttribute('href'))) {
      return;
    }
    event.preventDefault();
    window.open(link.href, '_blank', 'noopener');
  });
});
