// The first-login page: the token travels after '#', so it is never sent in a request line or a Referer header.
(function () {
  'use strict';
  var token = window.location.hash.replace(/^#/, '');
  if (window.history && window.history.replaceState) {
    window.history.replaceState(null, '', window.location.pathname); // not left in the browser's history
  }
  var who = document.getElementById('who');
  var form = document.getElementById('form');
  var message = document.getElementById('message');

  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      credentials: 'omit',
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (json) {
        return {ok: response.ok, json: json};
      });
    });
  }

  function text(json) {
    var m = (json && json.message) || 'Có lỗi, vui lòng thử lại.';
    return m.replace(/^(token|password): /, '');
  }

  if (!token) {
    who.textContent = 'Liên kết thiếu mã. Hãy mở đúng liên kết trong thư.';
    return;
  }
  post('/account/password/check', {token: token}).then(function (r) {
    if (!r.ok) {
      who.textContent = text(r.json);
      return;
    }
    who.textContent = 'Tài khoản: ' + r.json.userId + (r.json.fullName ? ' (' + r.json.fullName + ')' : '');
    document.getElementById('login').textContent = r.json.userId;
    form.hidden = false;
  }, function () {
    who.textContent = 'Không kết nối được máy chủ, vui lòng thử lại.';
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var password = document.getElementById('password').value;
    if (password !== document.getElementById('confirm').value) {
      message.textContent = 'Hai lần nhập mật khẩu không khớp.';
      return;
    }
    message.textContent = '';
    post('/account/password', {token: token, password: password}).then(function (r) {
      if (!r.ok) {
        message.textContent = text(r.json);
        return;
      }
      form.hidden = true;
      who.hidden = true;
      document.getElementById('done').hidden = false;
    }, function () {
      message.textContent = 'Không kết nối được máy chủ, vui lòng thử lại.';
    });
  });
}());
