// "Bảng điều hành": the process owner's operations dashboard in Cockpit (issue 19), fed by GET /api/dashboard, which
// the browser's Cockpit session may read. Plain tables, every figure a number (readable without colour), each count
// of cases opening the list of those cases, each linking to its instance in Cockpit.
import { OUTCOMES, duration, el, table } from './dashboard-parts.js';
import { trends } from './trends.js';

const ROUTE = '/bang-dieu-hanh';
// The project API sits at the application's root, beside the webapps' path (/camunda/app/cockpit/default/ -> /api/).
const ROOT = new URL(document.querySelector('base').href).pathname.replace(/[^/]+\/app\/cockpit\/.*$/, '');
const API = `${ROOT}api/dashboard`;

const LEVELS = {
  UNIT_DUTY: 'Trực ban đơn vị',
  UNIT_HEAD: 'Lãnh đạo đơn vị',
  DISTRICT: 'Lãnh đạo cấp quận, huyện',
  HOME_AFFAIRS: 'Sở Nội vụ',
  CITY: 'Ủy ban nhân dân Thành phố'
};
const SEVERITIES = { LOW: 'Thấp', HIGH: 'Cao', CRITICAL: 'Nghiêm trọng' };
const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = new URL('dashboard.css', import.meta.url).href;
document.head.appendChild(style);

/** LATE is kept for a unit past the deadline: "nộp muộn" once it has reported, "chưa nộp, quá hạn" until then. */
function reportStatus(unit) {
  if (unit.submittedAt) {
    return unit.late ? 'Nộp muộn' : 'Đã nộp';
  }
  return unit.status === 'LATE' ? 'Chưa nộp, quá hạn' : 'Chưa nộp';
}

const pad = n => String(n).padStart(2, '0');
function dateTime(iso) {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
const day = iso => iso.split('-').reverse().join('/');
const isoOf = text => {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : text.trim();
};

/** A count; when there are cases behind it, it opens their list, each linking to its instance. */
function cases(figure) {
  if (!figure || !figure.count) {
    return el('span', { class: 'congvu-zero' }, '0');
  }
  const list = el('ul', {}, figure.cases.map(c => el('li', {},
    el('a', { href: `#/process-instance/${c.processInstanceId}/runtime` }, c.reference || c.processInstanceId))));
  return el('details', { class: 'congvu-cases' }, el('summary', {}, String(figure.count)), list);
}

/** A figure with a bar of its share of the largest in the column: the number is always written. */
function bar(value, largest) {
  const width = largest ? Math.round((100 * value) / largest) : 0;
  return el('span', { class: 'congvu-bar-cell' }, el('span', { class: 'congvu-bar', style: `width:${width}%` }),
    el('span', {}, String(value)));
}

function taskTable(caption, first, loads) {
  return table(caption, [first, 'Đang mở', 'Quá hạn', 'Sắp đến hạn'],
    loads.map(l => [l.name, cases(l.open), cases(l.overdue), cases(l.dueSoon)]));
}

function render(node, data) {
  const { tasks, incidents, travel, reporting } = data;
  const escalationsMax = Math.max(0, ...incidents.escalations.map(e => Math.max(e.byClock, e.byDecision)));
  const outcomeMax = Math.max(0, ...Object.values(travel.outcomes));
  node.replaceChildren(
    el('p', { class: 'congvu-scope' }, data.wholeCity ? 'Phạm vi: toàn thành phố' : `Phạm vi: ${data.unitNames}`,
      ` · Hồ sơ tiếp nhận từ ${day(data.from)} đến ${day(data.to)} · Số liệu lúc ${dateTime(data.at)}`),
    el('h3', {}, 'Công việc đang chờ xử lý'),
    taskTable('Theo đơn vị phải xử lý', 'Đơn vị', tasks.byUnit),
    taskTable('Theo quy trình', 'Quy trình', tasks.byProcess),
    el('h3', {}, 'Sự việc đột xuất'),
    table('Đang xử lý, theo cấp và mức độ', ['Cấp đang xử lý', 'Mức độ', 'Số sự việc'],
      incidents.open.map(o => [LEVELS[o.level] || o.level, SEVERITIES[o.severity] || o.severity, cases(o.cases)])),
    table('Chuyển cấp trên, theo cấp', ['Cấp', 'Tự động do quá hạn', 'Do cấp quyết định chuyển'],
      incidents.escalations.map(e => [LEVELS[e.level] || e.level, bar(e.byClock, escalationsMax),
        bar(e.byDecision, escalationsMax)])),
    table('Thời gian từ tiếp nhận đến khi xử lý xong', ['Mức độ', 'Số sự việc đã xử lý', 'Trung vị', 'Phân vị 90'],
      Object.entries(incidents.resolution).map(([severity, d]) => [SEVERITIES[severity] || severity, String(d.count),
        duration(d.medianMinutes), duration(d.p90Minutes)])),
    el('h3', {}, 'Ra khỏi thành phố'),
    table('Đề nghị theo kết quả', ['Kết quả', 'Số đề nghị'],
      Object.entries(travel.outcomes).map(([outcome, n]) => [OUTCOMES[outcome] || outcome, bar(n, outcomeMax)])),
    table('Lãnh đạo cho ý kiến, khai báo y tế, theo dõi y tế', ['Chỉ tiêu', 'Số liệu'], [
      ['Số đề nghị đã cho ý kiến', String(travel.approval.count)],
      ['Thời gian cho ý kiến (giờ làm việc): trung vị', duration(travel.approval.medianMinutes)],
      ['Thời gian cho ý kiến (giờ làm việc): phân vị 90', duration(travel.approval.p90Minutes)],
      ['Khai báo y tế muộn', String(travel.lateDeclarations)],
      ['Đang theo dõi y tế', cases(travel.underMonitoring)]
    ]),
    el('h3', {}, 'Báo cáo tháng'),
    ...reporting.map(period => el('div', {}, table(`Kỳ ${period.period.split('-').reverse().join('/')}`,
      ['Đơn vị', 'Tình trạng', 'Thời điểm nộp', 'Xếp loại'],
      period.units.map(u => [u.unitName, reportStatus(u), u.submittedAt ? dateTime(u.submittedAt) : '—',
        u.grade || '—'])),
    period.units.length ? el('a', { href: `${API.replace(/dashboard$/, 'monthly-reports')}/${period.period}?format=csv`,
      download: `bao-cao-thang-${period.period}.csv` }, `Tải báo cáo kỳ ${period.period.split('-').reverse().join('/')} (CSV)`)
      : '')));
}

async function load(node, from, to) {
  const query = new URLSearchParams();
  if (from) query.set('from', isoOf(from));
  if (to) query.set('to', isoOf(to));
  const response = await fetch(`${API}?${query}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const refusal = await response.json().catch(() => ({}));
    node.replaceChildren(el('p', { class: 'alert alert-warning', role: 'alert' },
      response.status === 403 ? 'Bạn không có quyền xem bảng điều hành.' : `Không tải được số liệu. ${refusal.message || ''}`));
    return null;
  }
  return response.json();
}

function page(root) {
  const figures = el('div', { class: 'congvu-figures', 'aria-live': 'polite' }, 'Đang tải số liệu…');
  const from = el('input', { type: 'text', id: 'congvu-from', class: 'form-control', placeholder: 'dd/mm/yyyy',
    inputmode: 'numeric', 'aria-label': 'Từ ngày' });
  const to = el('input', { type: 'text', id: 'congvu-to', class: 'form-control', placeholder: 'dd/mm/yyyy',
    inputmode: 'numeric', 'aria-label': 'Đến ngày' });
  const form = el('form', { class: 'form-inline congvu-range' }, el('label', { for: 'congvu-from' }, 'Từ ngày '), from,
    el('label', { for: 'congvu-to' }, ' Đến ngày '), to, el('button', { type: 'submit', class: 'btn btn-default' }, 'Xem'));
  const refresh = async () => {
    const data = await load(figures, from.value, to.value);
    if (data) {
      from.value = day(data.from);
      to.value = day(data.to);
      data.unitNames = [...new Set(data.tasks.byUnit.map(u => u.name))].join(', ') || data.units.join(', ');
      render(figures, data);
    }
  };
  form.addEventListener('submit', event => {
    event.preventDefault();
    refresh();
  });
  const trend = el('div', { class: 'congvu-trends', 'aria-live': 'polite' }, 'Đang tải xu hướng…');
  root.replaceChildren(el('section', { class: 'congvu-dashboard', lang: 'vi' }, el('h2', {}, 'Bảng điều hành'), form,
    figures, trend));
  refresh();
  trends(trend, ROOT);
}

/** On Cockpit's start page: what is late now, and the way to the whole dashboard. */
async function summary(root) {
  const data = await load(root);
  if (!data) {
    return;
  }
  const overdue = data.tasks.byUnit.reduce((sum, u) => sum + u.overdue.count, 0);
  const open = data.incidents.open.reduce((sum, o) => sum + o.cases.count, 0);
  root.replaceChildren(el('section', { class: 'congvu-dashboard-summary', lang: 'vi' }, el('h2', {}, 'Bảng điều hành'),
    el('p', {}, `${overdue} công việc quá hạn · ${open} sự việc đột xuất đang xử lý · `,
      el('a', { href: `#${ROUTE}` }, 'Mở bảng điều hành'))));
}

export default [
  {
    id: 'congvu-dashboard-route',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE, label: 'Bảng điều hành' },
    render: node => page(node)
  },
  {
    id: 'congvu-dashboard-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: { path: ROUTE, label: 'Bảng điều hành', pagePath: `#${ROUTE}`,
      checkActive: url => url.includes(`#${ROUTE}`) },
    render: node => node.replaceChildren(el('a', { href: `#${ROUTE}` }, 'Bảng điều hành'))
  },
  {
    id: 'congvu-dashboard-summary',
    pluginPoint: 'cockpit.dashboard',
    priority: 200,
    render: node => summary(node)
  }
];
