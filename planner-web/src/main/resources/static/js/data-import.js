// The Data page's upload: sends the file with XMLHttpRequest (so the bar moves while the
// file travels), then polls the import job until it has finished, and shows its errors.
(function () {
  'use strict';
  var form = document.getElementById('import-form');
  if (!form) {
    return;
  }
  var box = document.getElementById('import-progress');
  var bar = document.getElementById('import-bar');
  var status = document.getElementById('import-status');
  var errors = document.getElementById('import-errors');
  var button = form.querySelector('button[type=submit]');
  var msg = function (name) { return form.getAttribute('data-msg-' + name) || name; };

  function show(percent, text) {
    box.hidden = false;
    bar.value = percent;
    status.textContent = text;
  }

  function listErrors(items) {
    errors.textContent = '';
    (items || []).forEach(function (e) {
      var li = document.createElement('li');
      var where = [];
      if (e.line !== null && e.line !== undefined) { where.push('#' + e.line); }
      if (e.column) { where.push(e.column); }
      if (e.field) { where.push(e.field); }
      li.textContent = (where.length ? where.join(' · ') + ': ' : '') + (e.reason || e.message || '');
      errors.appendChild(li);
    });
  }

  function poll(id) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', form.getAttribute('data-status-url') + id + '/status');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onload = function () {
      if (xhr.status !== 200) {
        show(bar.value, msg('error'));
        button.disabled = false;
        return;
      }
      var job = JSON.parse(xhr.responseText);
      if (job.status === 'QUEUED') {
        show(0, msg('queued'));
      } else if (job.status === 'RUNNING') {
        show(job.progress, msg('running').replace('{0}', job.rowsRead.toLocaleString()));
      } else if (job.status === 'SUCCEEDED') {
        show(100, msg('succeeded').replace('{0}', job.rowsRead.toLocaleString())
          .replace('{1}', job.rowsStored.toLocaleString()));
        setTimeout(function () { window.location.reload(); }, 1500);
        return;
      } else {
        show(100, msg('failed').replace('{0}', job.errorCount));
        listErrors(job.errors);
        button.disabled = false;
        return;
      }
      setTimeout(function () { poll(id); }, 1000);
    };
    xhr.onerror = function () { show(bar.value, msg('error')); button.disabled = false; };
    xhr.send();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new FormData(form);
    ['from', 'to', 'planId'].forEach(function (name) {
      if (!data.get(name)) { data.delete(name); }
    });
    var csrf = form.querySelector('input[name=_csrf]');
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.getAttribute('action'));
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrf) {
      xhr.setRequestHeader('X-CSRF-TOKEN', csrf.value);
    }
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        show(Math.round(e.loaded * 100 / e.total), msg('uploading'));
      }
    };
    xhr.onload = function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = {}; }
      if (xhr.status === 202) {
        show(0, msg('queued'));
        poll(body.id);
      } else {
        show(0, body.detail || msg('error'));
        listErrors(body.errors);
        button.disabled = false;
      }
    };
    xhr.onerror = function () { show(0, msg('error')); button.disabled = false; };
    button.disabled = true;
    errors.textContent = '';
    show(0, msg('uploading'));
    xhr.send(data);
  });
}());
