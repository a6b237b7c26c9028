// "Đề nghị của tôi": the signed-in staff member's travel requests and where each stands, read from
// GET /api/travel-requests/mine with the Tasklist session (a GET of the project API counts as the signed-in user).
const message = document.getElementById('message');
const table = document.getElementById('requests');

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text || '';
  row.appendChild(td);
  return td;
}

fetch('../api/travel-requests/mine', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then(response => {
    if (response.status === 401 || response.status === 403) {
      throw new Error('Vui lòng đăng nhập Tasklist trước, rồi mở lại trang này.');
    }
    if (!response.ok) {
      throw new Error('Không tải được danh sách đề nghị. Vui lòng thử lại sau.');
    }
    return response.json();
  })
  .then(requests => {
    if (requests.length === 0) {
      message.textContent = 'Anh/Chị chưa có đề nghị nào. Khởi tạo đề nghị trong Tasklist: "Khởi tạo quy trình".';
      return;
    }
    message.textContent = `${requests.length} đề nghị gần nhất, mới nhất trước.`;
    const body = table.querySelector('tbody');
    requests.forEach(request => {
      const row = document.createElement('tr');
      [request.reference, request.destination, request.departureDate, request.returnDate]
        .forEach(text => cell(row, text));
      const status = cell(row, request.status);
      if (request.decisionComment) {
        const reason = document.createElement('div');
        reason.className = 'reason';
        reason.textContent = `Lý do: ${request.decisionComment}`;
        status.appendChild(reason);
      }
      body.appendChild(row);
    });
    table.hidden = false;
  })
  .catch(failure => {
    message.textContent = failure.message;
  });
