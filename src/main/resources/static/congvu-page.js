// What the application's own small pages share: read a list from the project API with the Tasklist session and
// draw it in the page's table, or say in Vietnamese why not.
window.congvuPage = {
  /** Reads `path` (relative to the page), then `draw(items, tbody)`; `#message` tells the state, `table` shows. */
  list(path, table, empty, draw) {
    const message = document.getElementById('message');
    fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => {
        if (response.status === 401 || response.status === 403) {
          throw new Error('Vui lòng đăng nhập Tasklist trước, rồi mở lại trang này.');
        }
        if (!response.ok) {
          throw new Error('Không tải được dữ liệu. Vui lòng thử lại sau.');
        }
        return response.json();
      })
      .then(items => {
        if (items.length === 0) {
          message.textContent = empty;
          return;
        }
        message.textContent = `${items.length} mục gần nhất, mới nhất trước.`;
        draw(items, table.querySelector('tbody'));
        table.hidden = false;
      })
      .catch(failure => {
        message.textContent = failure.message;
      });
  },

  /** A cell with its text (or empty) added to the row. */
  cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text || '';
    td.className = className || '';
    row.appendChild(td);
    return td;
  }
};
