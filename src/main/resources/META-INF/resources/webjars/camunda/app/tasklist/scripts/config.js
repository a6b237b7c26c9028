// The application's settings only; the rest is Camunda's default (see Camunda's own scripts/config.js template).
import { common, congvuLocale } from '../../congvu/common.js';

const vietnamese = congvuLocale === 'vi';

export default {
  ...common,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: vietnamese ? 'Nhận công việc đang chọn' : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: vietnamese ? 'Chuyển đến bộ lọc đầu tiên' : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: vietnamese ? 'Chuyển đến công việc đầu tiên trong danh sách'
        : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: vietnamese ? 'Chuyển đến ô nhập đầu tiên của biểu mẫu'
        : 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: vietnamese ? 'Mở hộp thoại khởi tạo quy trình' : 'opens the start process modal dialog'
    }
  }
};
