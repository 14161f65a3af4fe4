/*
 * Page behaviours without inline scripts (CSP script-src 'self'):
 * - forms and buttons with data-confirm ask before they submit;
 * - a <dialog> opens from a button with data-dialog-open="ID" and closes from data-dialog-close;
 *   a dialog marked data-open-on-load (an edit) or holding an error summary opens at once;
 * - a <select data-options-from="ID"> takes its options from <template id="ID"> (a long list written once);
 * - an error summary (.error-summary) takes the focus, so the reader lands on it, and its links
 *   move the focus to the field.
 */
(function () {
  'use strict';

  function onReady(fn) {
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', fn); } else { fn(); }
  }

  onReady(function () {
    document.addEventListener('submit', function (event) {
      var form = event.target;
      var question = form.getAttribute('data-confirm') ||
        (event.submitter && event.submitter.getAttribute('data-confirm'));
      if (question && !window.confirm(question)) { event.preventDefault(); }
    });

    document.querySelectorAll('[data-dialog-open]').forEach(function (button) {
      button.addEventListener('click', function () {
        var dialog = document.getElementById(button.getAttribute('data-dialog-open'));
        if (dialog && dialog.showModal) { dialog.showModal(); }
      });
    });
    document.querySelectorAll('dialog [data-dialog-close]').forEach(function (button) {
      button.addEventListener('click', function () { button.closest('dialog').close(); });
    });
    // a dialog opens at once when it edits something or its form came back with errors
    document.querySelectorAll('dialog').forEach(function (dialog) {
      if ((dialog.hasAttribute('data-open-on-load') || dialog.querySelector('.error-summary')) && dialog.showModal) {
        dialog.showModal();
      }
    });

    // a long choice (every budget line) is written once per page in a <template>; each <select
    // data-options-from="ID"> gets a copy, keeping the option the server marked as chosen
    document.querySelectorAll('select[data-options-from]').forEach(function (select) {
      var source = document.getElementById(select.getAttribute('data-options-from'));
      if (!source || !source.content) { return; }
      var chosen = select.value;
      Array.prototype.slice.call(select.options).forEach(function (option) {
        if (option.value !== '') { option.remove(); }
      });
      select.appendChild(source.content.cloneNode(true));
      select.value = chosen;
      if (select.selectedIndex < 0) { select.selectedIndex = 0; }
    });

    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
      summary.querySelectorAll('a[href^="#"]').forEach(function (link) {
        // the summary names the field: its label before the message
        var label = document.querySelector('label[for="' + link.getAttribute('href').substring(1) + '"]');
        if (label && link.textContent.indexOf(label.textContent) !== 0) {
          link.textContent = label.textContent.trim() + ': ' + link.textContent;
        }
        link.addEventListener('click', function (event) {
          var field = document.getElementById(link.getAttribute('href').substring(1));
          if (field) {
            event.preventDefault();
            field.focus();
            field.scrollIntoView({ block: 'center' });
          }
        });
      });
    }
  });
})();
