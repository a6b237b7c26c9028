// What the dashboard's sections share (congvu/dashboard.js, congvu/trends.js): elements, tables, durations.

/** Travel requests by outcome (RUNNING: undecided or under way). */
export const OUTCOMES = {
  COMPLETED: 'Đã duyệt, đã trở về',
  REJECTED: 'Bị từ chối',
  EXPIRED: 'Hết hiệu lực (không kịp duyệt)',
  ISOLATION: 'Phải cách ly',
  RUNNING: 'Đang giải quyết'
};

/** An element with attributes and children (nodes, or text: null and undefined write nothing). */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}

/** Minutes as people say them: 1 ngày 2 giờ 5 phút; — when nothing was measured. */
export function duration(minutes) {
  if (minutes === null || minutes === undefined) {
    return '—';
  }
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts = [];
  if (days) parts.push(`${days} ngày`);
  if (hours) parts.push(`${hours} giờ`);
  if (minutes % 60 || !parts.length) parts.push(`${minutes % 60} phút`);
  return parts.join(' ');
}

/** A table with its caption; the first cell of each row heads it. */
export function table(caption, headers, rows) {
  return el('table', { class: 'table table-bordered congvu-table' }, el('caption', {}, caption),
    el('thead', {}, el('tr', {}, headers.map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.length ? rows.map(cells => el('tr', {}, cells.map((c, i) =>
      el(i ? 'td' : 'th', i ? {} : { scope: 'row' }, c)))) : el('tr', {}, el('td', { colspan: headers.length },
      'Không có số liệu'))));
}
