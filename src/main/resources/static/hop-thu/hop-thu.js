// "Hộp thư": the signed-in person's notifications (to them and to their groups), newest first, from
// GET /api/notifications/mine with the Tasklist session; shown whether or not a mail server took them.
const page = window.congvuPage;
const WHEN = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit',
  year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

page.list('../api/notifications/mine', document.getElementById('messages'), 'Chưa có thông báo nào.',
  (messages, body) => {
    messages.forEach(m => {
      const row = document.createElement('tr');
      const part = Object.fromEntries(WHEN.formatToParts(new Date(m.createdAt)).map(p => [p.type, p.value]));
      page.cell(row, `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`, 'when');
      const text = page.cell(row, '', 'message-body');
      const subject = document.createElement('strong');
      subject.textContent = m.subject;
      const content = document.createElement('div');
      content.textContent = m.body;
      text.append(subject, content);
      page.cell(row, m.mailed ? 'Đã gửi' : 'Chưa gửi');
      body.appendChild(row);
    });
  });
