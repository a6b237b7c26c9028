// Hệ thống điều hành công vụ: what every webapp adds to Camunda's own, loaded through customScripts (common.js).
import { congvuLocale } from './common.js';
// The embedded task forms' dd/MM/yyyy dates, HH:mm times and helpers (window.congvuForms).
import './forms.js';
// Tasklist at a glance: counts on every filter, priorities in words, shortcut keys.
import './tasklist.js';
// Names instead of logins in Tasklist's "Lịch sử" tab.
import './history-names.js';

// People read dd/MM/yyyy (HOUSE.md). Cockpit hard-codes ISO dates and Admin moment's long formats; neither reads the
// config's dateFormat, so the formats of the webapps' date filter (camDate) are replaced here, for every app.
const DATE_FORMATS = {
  normal: 'DD/MM/YYYY HH:mm',
  abbr: 'DD/MM/YYYY HH:mm',
  short: 'DD/MM/YYYY',
  long: 'dddd, DD/MM/YYYY HH:mm'
};

// Camunda shows every action to everyone. Whoever the engine lets change process instances gets the class
// congvu-may-change, whoever may create tasks congvu-may-create-task; webapp.css hides the actions from everyone
// else (the process owner only reads; staff and heads work on the tasks of processes, they create none).
const MAY = {
  'congvu-may-change': 'permissionName=UPDATE&resourceName=process-instance&resourceType=8',
  'congvu-may-create-task': 'permissionName=CREATE&resourceName=task&resourceType=7'
};

function markWhatUserMayDo($rootScope) {
  $rootScope.$watch('authentication', authentication => {
    if (!authentication || !authentication.name) {
      return;
    }
    const api = document.querySelector('base').getAttribute('engine-api');
    const engine = (window.location.pathname.match(/\/app\/\w+\/([\w-]+)/) || [])[1] || 'default';
    Object.entries(MAY).forEach(([mark, permission]) => {
      fetch(`${api}engine/${engine}/authorization/check?${permission}`)
        .then(response => (response.ok ? response.json() : { authorized: false }))
        .then(check => document.documentElement.classList.toggle(mark, check.authorized === true));
    });
  });
}

// dmn-js, which draws the decision tables, has English labels of its own that Camunda's locale files do not reach.
const DMN_LABELS = {
  'Hit policy:': 'Chính sách khớp:',
  Unique: 'Duy nhất',
  First: 'Đầu tiên',
  Any: 'Bất kỳ',
  Collect: 'Tập hợp',
  'Rule order': 'Thứ tự quy tắc',
  'Output order': 'Thứ tự đầu ra',
  Priority: 'Ưu tiên',
  When: 'Khi',
  And: 'Và',
  Then: 'Thì',
  Annotations: 'Ghi chú',
  'View DRD': 'Xem sơ đồ quyết định',
  string: 'chuỗi',
  integer: 'số nguyên',
  long: 'số nguyên dài',
  double: 'số thực',
  boolean: 'đúng/sai',
  date: 'ngày'
};

function relabelDecisionTables() {
  document.querySelectorAll('.dmn-decision-table-container, .view-drd').forEach(table => {
    const texts = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      const label = DMN_LABELS[text.nodeValue.trim()];
      if (label) {
        text.nodeValue = text.nodeValue.replace(text.nodeValue.trim(), label);
      }
    }
  });
}

// Tasklist's header gets "Đề nghị của tôi", where staff follow their own requests, and "Hộp thư", every notification
// the person received (issue 18): beside "Khởi tạo quy trình", once Tasklist has drawn its header.
function linkMyRequests() {
  if (!window.location.pathname.includes('/app/tasklist/') || document.getElementById('congvu-my-requests')) {
    return;
  }
  // Tasklist draws "Khởi tạo quy trình" as the navbar action of that id.
  const item = document.querySelector('.start-process-action');
  if (!item || !item.parentNode) {
    return;
  }
  // The application's root, beside the webapps' path (/camunda/app/tasklist/default/ -> /).
  const root = new URL(document.querySelector('base').href).pathname.replace(/[^/]+\/app\/.*$/, '');
  [['congvu-my-requests', 'de-nghi-cua-toi/index.html', 'Đề nghị của tôi', 'My requests'],
    ['congvu-inbox', 'hop-thu/index.html', 'Hộp thư', 'Inbox']].forEach(([id, page, vi, en]) => {
    const link = document.createElement(item.tagName === 'LI' ? 'li' : 'span');
    link.id = id;
    link.className = item.className.replace('start-process-action', id);
    const a = document.createElement('a');
    a.href = `${root}${page}`;
    a.textContent = congvuLocale === 'vi' ? vi : en;
    link.appendChild(a);
    item.parentNode.insertBefore(link, item);
  });
}

document.documentElement.lang = congvuLocale;
new MutationObserver(linkMyRequests).observe(document.body, { childList: true, subtree: true });
if (congvuLocale === 'vi') {
  new MutationObserver(relabelDecisionTables).observe(document.body, { childList: true, subtree: true });
}
const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = new URL('webapp.css', import.meta.url).href;
document.head.appendChild(style);

const angular = window.angular;
angular.module('congvu.webapp', ['cam.commons.filter.date'])
  .decorator('camDateFormat', ['$delegate', formatOf => name => DATE_FORMATS[name || 'normal'] || formatOf(name)])
  .run(['$rootScope', markWhatUserMayDo]);
angular.module('cam.commons').requires.push('congvu.webapp');
