// The application's settings only; the rest is Camunda's default (see Camunda's own scripts/config.js template).
import { common } from '../../congvu/common.js';

export default {
  ...common
};
