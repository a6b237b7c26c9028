// Tasklist's "Lịch sử" tab shows who did what by login (bnhead) and the new assignee by login too; people read names.
// Each login is looked up once in the directory (GET /api/directory/staff/{userId}, readable by anyone logged in, without
// e-mails; the engine's user profiles are not readable to staff) and the text replaced; the tooltip keeps the login.
const names = new Map();
// The lines whose values are logins, as Tasklist labels them (translated, or the raw property in English).
const PEOPLE_PROPERTIES = ['Người thực hiện', 'Người sở hữu', 'assignee', 'owner', 'Assignee', 'Owner'];

function profileOf(login) {
  if (!names.has(login)) {
    names.set(login, fetch(`/api/directory/staff/${encodeURIComponent(login)}`)
      .then(response => (response.ok ? response.json() : null))
      .then(member => (member ? member.fullName : null))
      .catch(() => null));
  }
  return names.get(login);
}

function nameThem() {
  const people = document.querySelectorAll('.history-pane .operation-user, '
    + '.history-pane .line:has(.event-property) .new-value span, '
    + '.history-pane .line:has(.event-property) .original-value span');
  people.forEach(element => {
    const property = element.closest('.line')?.querySelector('.event-property')?.textContent.trim();
    const login = element.textContent.trim();
    if (!login || element.dataset.congvuLogin === login || /\s/.test(login)) {
      return;
    }
    if (!element.classList.contains('operation-user') && !PEOPLE_PROPERTIES.includes(property)) {
      return;
    }
    element.dataset.congvuLogin = login;
    profileOf(login).then(name => {
      if (name && element.textContent.trim() === login) {
        element.textContent = name;
        element.dataset.congvuLogin = name;
      }
    });
  });
}

new MutationObserver(() => {
  if (document.querySelector('.history-pane')) {
    nameThem();
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true });
