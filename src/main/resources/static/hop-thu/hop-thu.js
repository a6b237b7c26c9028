// "Hộp thư": the signed-in person's notifications (to them and to their groups), newest first, from
// GET /api/notifications/mine with the Tasklist session; shown whether or not a mail server took them.
const message = document.getElementById('message');
const table = document.getElementById('messages');
const WHEN = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit',
  year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function cell(row, className) {
  const td = document.createElement('td');
  td.className = className || '';
  row.appendChild(td);
  return td;
}

fetch('../api/notifications/mine', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then(response => {
    if (response.status === 401 || response.status === 403) {
      throw new Error('Vui lòng đăng nhập Tasklist trước, rồi mở lại trang này.');
    }
    if (!response.ok) {
      throw new Error('Không tải được hộp thư. Vui lòng thử lại sau.');
    }
    return response.json();
  })
  .then(messages => {
    if (messages.length === 0) {
      message.textContent = 'Chưa có thông báo nào.';
      return;
    }
    message.textContent = `${messages.length} thông báo gần nhất, mới nhất trước.`;
    const body = table.querySelector('tbody');
    messages.forEach(m => {
      const row = document.createElement('tr');
      const part = Object.fromEntries(WHEN.formatToParts(new Date(m.createdAt)).map(p => [p.type, p.value]));
      cell(row, 'when').textContent = `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
      const text = cell(row, 'message-body');
      const subject = document.createElement('strong');
      subject.textContent = m.subject;
      const content = document.createElement('div');
      content.textContent = m.body;
      text.append(subject, content);
      cell(row).textContent = m.mailed ? 'Đã gửi' : 'Chưa gửi';
      body.appendChild(row);
    });
    table.hidden = false;
  })
  .catch(failure => {
    message.textContent = failure.message;
  });
