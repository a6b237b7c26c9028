// "Đề nghị của tôi": the signed-in staff member's travel requests and where each stands, from
// GET /api/travel-requests/mine with the Tasklist session (a GET of the project API counts as the signed-in user).
const page = window.congvuPage;
page.list('../api/travel-requests/mine', document.getElementById('requests'),
  'Anh/Chị chưa có đề nghị nào. Khởi tạo đề nghị trong Tasklist: "Khởi tạo quy trình".', (requests, body) => {
    requests.forEach(request => {
      const row = document.createElement('tr');
      [request.reference, request.destination, request.departureDate, request.returnDate]
        .forEach(text => page.cell(row, text));
      const status = page.cell(row, request.status);
      if (request.decisionComment) {
        const reason = document.createElement('div');
        reason.className = 'reason';
        reason.textContent = `Lý do: ${request.decisionComment}`;
        status.appendChild(reason);
      }
      body.appendChild(row);
    });
  });
