// The application's settings only; the rest is Camunda's default (see Camunda's own scripts/config.js template).
import { common } from '../../congvu/common.js';

export default {
  ...common,
  // "Bảng điều hành" (issue 19): its own page, a link in the header and a summary on the start page.
  customScripts: [...common.customScripts, '../congvu/dashboard.js']
};
