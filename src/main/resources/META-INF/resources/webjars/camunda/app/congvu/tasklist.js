// Tasklist at a glance (issue 18): a count beside every shared filter, a card's priority in words, and the keyboard
// shortcuts written as keys. Loaded by webapp.js in every webapp; it acts in Tasklist only.
import { congvuLocale } from './common.js';

const vietnamese = congvuLocale === 'vi';
const inTasklist = window.location.pathname.includes('/app/tasklist/');

// Tasklist counts only the filter being viewed (its own counter, from the list it shows), so "Quá hạn" said nothing
// until opened. The filters' own counts come in one request (itemCount), run by the engine with the user's rights;
// webapp.css hides ours beside the filter Tasklist counts itself.
const counts = new Map();

function engineApi() {
  const api = document.querySelector('base').getAttribute('engine-api');
  const engine = (window.location.pathname.match(/\/app\/\w+\/([\w-]+)/) || [])[1] || 'default';
  return `${api}engine/${engine}`;
}

let loading = false;

function loadCounts() {
  if (loading || document.visibilityState === 'hidden') {
    return;
  }
  loading = true;
  fetch(`${engineApi()}/filter?resourceType=Task&itemCount=true`, { headers: { Accept: 'application/json' } })
    .then(response => (response.ok ? response.json() : []))
    .then(filters => {
      counts.clear();
      filters.forEach(filter => counts.set(filter.name, filter.itemCount));
      showCounts();
    })
    .catch(() => counts.clear())
    .finally(() => {
      loading = false;
    });
}

// A claim or a completion changes no address: Tasklist then reloads the list it shows, and its own count changes.
let focusedCount = null;

function reloadWhenTasklistRecounts() {
  const own = document.querySelector('.task-filter.active .counter:not(.congvu-count)');
  const count = own ? own.textContent.trim() : null;
  if (count !== focusedCount) {
    focusedCount = count;
    loadCounts();
  }
}

function showCounts() {
  document.querySelectorAll('.task-filter h4.name > a').forEach(link => {
    const name = [...link.childNodes].filter(node => node.nodeType === Node.TEXT_NODE)
      .map(node => node.nodeValue).join('').trim();
    let badge = link.querySelector('.congvu-count');
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'counter congvu-count';
      link.appendChild(badge);
    }
    const text = counts.has(name) ? String(counts.get(name)) : '';
    if (badge.textContent !== text) {
      badge.textContent = text;
    }
  });
}

// A card showed the bare engine priority ("50"). The application sets it from the case (tasklist.TaskPriority: 100
// urgent, 75 high, 50 the default): the card says so in words, and says nothing for the default.
const PRIORITY_WORDS = vietnamese
  ? { urgent: 'Ưu tiên: khẩn', high: 'Ưu tiên: cao', low: 'Ưu tiên: thấp' }
  : { urgent: 'Priority: urgent', high: 'Priority: high', low: 'Priority: low' };

function priorityKind(value) {
  if (value >= 100) {
    return 'urgent';
  }
  if (value > 50) {
    return 'high';
  }
  return value < 50 ? 'low' : 'normal';
}

function labelPriorities() {
  document.querySelectorAll('.tasks-list .task .priority').forEach(element => {
    // Tasklist's own text node, rewritten in place: Tasklist writes a new number into it if the priority changes.
    const text = [...element.childNodes].find(node => node.nodeType === Node.TEXT_NODE && node.nodeValue.trim());
    if (!text || !/^-?\d+$/.test(text.nodeValue.trim())) {
      return; // already in words
    }
    const kind = priorityKind(Number(text.nodeValue.trim()));
    element.dataset.congvuPriority = kind;
    text.nodeValue = PRIORITY_WORDS[kind] || '';
  });
}

// The shortcut dialog lists the keys as the key binding library writes them ("ctrl+alt+c"); people read "Ctrl + Alt + C".
function writeShortcutKeys() {
  document.querySelectorAll('.shortcut-modal tbody td:first-child').forEach(cell => {
    const keys = cell.textContent.trim();
    if (/^[a-z0-9]+(\+[a-z0-9]+)*$/.test(keys)) {
      cell.textContent = keys.split('+').map(key => key.charAt(0).toUpperCase() + key.slice(1)).join(' + ');
    }
  });
}

if (inTasklist) {
  new MutationObserver(() => {
    reloadWhenTasklistRecounts();
    showCounts();
    labelPriorities();
    writeShortcutKeys();
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  window.angular.module('congvu.tasklist', []).run(['$rootScope', $rootScope => {
    // Tasklist broadcasts "refresh" every 10 s; a change of filter, task or page is a location change.
    ['refresh', '$locationChangeSuccess'].forEach(event => $rootScope.$on(event, loadCounts));
    loadCounts();
  }]);
  window.angular.module('cam.commons').requires.push('congvu.tasklist');
}
