/*
 * Jiangmen trade-subsidy application: Cockpit's and Admin's login page tells a Chinese browser
 * that these are the administrators' and where an officer works instead. Loaded by the
 * config.js of both (customScripts). The pages themselves stay English: only the admin uses them.
 * (An officer who is signed in already gets AdministratorsOnlyPage from the server instead.)
 */

const language = ((Array.isArray(navigator.languages) && navigator.languages[0]) || navigator.language || '')
  .split('-')[0]
  .toLowerCase();

const NOTICE_CLASS = 'jiangmen-administrators-only';

function showNotice() {
  const form = document.querySelector('form[name="signinForm"]');
  if (!form || form.parentElement.querySelector('.' + NOTICE_CLASS)) {
    return;
  }
  const notice = document.createElement('div');
  notice.className = 'alert alert-info ' + NOTICE_CLASS;
  notice.setAttribute('lang', 'zh-CN');
  notice.style.textAlign = 'left';
  const text = document.createElement('p');
  text.textContent = '流程监控和系统管理仅供系统管理员使用。办理申报任务，请前往“任务办理”。';
  const link = document.createElement('a');
  const base = document.querySelector('base[app-root]');
  link.href = (base ? base.getAttribute('app-root') : '/camunda') + '/app/tasklist/';
  link.textContent = '前往任务办理';
  notice.append(text, link);
  form.parentElement.insertBefore(notice, form);
}

if (language === 'zh') {
  new MutationObserver(showNotice).observe(document.documentElement, { childList: true, subtree: true });
  showNotice();
}
