// Autosave of a judge's scorecard draft. The page works without this file: it only adds, after each pause in
// typing, a POST of the same form (CSRF field included) to the form's data-autosave URL, and reports the
// outcome in the form's aria-live status line. Requests never overlap: a change made while one is in flight
// is sent when it returns, with the version it answered.
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave]');
  if (!form || !window.fetch || !window.URLSearchParams || !window.FormData) {
    return;
  }
  var status = document.getElementById('autosave-status');
  var url = form.getAttribute('data-autosave');
  var timer = null;
  var inFlight = false;
  var pending = false;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function text(name, key, value) {
    var t = form.getAttribute('data-text-' + name) || '';
    return key ? t.replace(key, value) : t;
  }

  function showFieldErrors(fields) {
    var inputs = form.querySelectorAll('input[name^="s."]');
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      var key = input.name.substring(2);
      var error = document.getElementById(input.id + '-error');
      var message = fields && fields[key];
      var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
        return id && id !== input.id + '-error';
      });
      if (message) {
        input.setAttribute('aria-invalid', 'true');
        described.push(input.id + '-error');
      } else {
        input.removeAttribute('aria-invalid');
      }
      input.setAttribute('aria-describedby', described.join(' '));
      if (error) {
        error.textContent = message || '';
        error.hidden = !message;
      }
    }
  }

  function save() {
    if (inFlight) {
      pending = true;
      return;
    }
    inFlight = true;
    pending = false;
    say(text('saving'));
    var body = new URLSearchParams(new FormData(form));
    body.delete('action');
    fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' },
      body: body
    }).then(function (response) {
      return response.json().then(function (json) {
        return json;
      }, function () {
        return { saved: false, message: String(response.status) };
      });
    }).then(function (result) {
      if (result.saved) {
        form.querySelector('input[name="version"]').value = result.version;
        showFieldErrors({});
        say(text('saved', '@time', result.savedAt));
      } else {
        showFieldErrors(result.fields || {});
        say(text('failed', '@message', result.message || ''));
      }
    }, function () {
      say(text('offline'));
    }).then(function () {
      inFlight = false;
      if (pending) {
        save();
      }
    });
  }

  function changed() {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(save, 1200);
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', function () {
    if (timer) {
      clearTimeout(timer);
    }
  });
})();
