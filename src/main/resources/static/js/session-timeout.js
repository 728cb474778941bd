// Warns before an idle session ends (a form half filled in would be lost with it) and keeps it
// alive on request. The server decides the idle time; this only counts it down.
(function () {
  'use strict';
  var box = document.getElementById('session-warning');
  if (!box) return;
  var idleSeconds = parseInt(box.getAttribute('data-idle-seconds'), 10);
  if (!(idleSeconds > 0)) return;
  var warnBefore = Math.min(120, Math.floor(idleSeconds / 2));
  var left = box.querySelector('.session-warning__left');
  var text = box.querySelector('#session-warning-text');
  var title = box.querySelector('.session-warning__title');
  var stay = box.querySelector('.session-warning__stay');
  var again = box.querySelector('.session-warning__again');
  var endsAt, timer;

  function inWords(seconds) {
    return seconds >= 60 ? Math.ceil(seconds / 60) + ' 分钟' : seconds + ' 秒';
  }

  function restart() {
    endsAt = Date.now() + idleSeconds * 1000;
    box.hidden = true;
    clearInterval(timer);
    timer = setInterval(tick, 1000);
  }

  function tick() {
    var seconds = Math.round((endsAt - Date.now()) / 1000);
    if (seconds <= 0) {
      ended();
    } else if (seconds <= warnBefore) {
      left.textContent = inWords(seconds);
      if (box.hidden) {
        box.hidden = false;
        stay.focus();
      }
    }
  }

  function ended() {
    clearInterval(timer);
    title.textContent = '登录已失效';
    text.textContent = '登录已因长时间未操作而失效。已保存的草稿不会丢失，请重新登录后继续。';
    stay.hidden = true;
    again.hidden = false;
    box.hidden = false;
    again.focus();
  }

  stay.addEventListener('click', function () {
    fetch(box.getAttribute('data-keep-alive'), { credentials: 'same-origin', redirect: 'manual' })
      .then(function (response) { if (response.status === 204) { restart(); } else { ended(); } })
      .catch(ended);
  });

  restart();
})();
