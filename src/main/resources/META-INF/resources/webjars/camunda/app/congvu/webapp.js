// Hệ thống điều hành công vụ: what every webapp adds to Camunda's own, loaded through customScripts (common.js).
import { congvuLocale } from './common.js';

// People read dd/MM/yyyy (HOUSE.md). Cockpit hard-codes ISO dates and Admin moment's long formats; neither reads the
// config's dateFormat, so the formats of the webapps' date filter (camDate) are replaced here, for every app.
const DATE_FORMATS = {
  normal: 'DD/MM/YYYY HH:mm',
  abbr: 'DD/MM/YYYY HH:mm',
  short: 'DD/MM/YYYY',
  long: 'dddd, DD/MM/YYYY HH:mm'
};

// Camunda shows every action to everyone. Whoever the engine lets change process instances gets the class
// congvu-may-change; webapp.css hides the actions from everyone else (the process owner only reads).
function markWhoMayChange($rootScope) {
  $rootScope.$watch('authentication', authentication => {
    if (!authentication || !authentication.name) {
      return;
    }
    const api = document.querySelector('base').getAttribute('engine-api');
    const engine = (window.location.pathname.match(/\/app\/\w+\/([\w-]+)/) || [])[1] || 'default';
    fetch(`${api}engine/${engine}/authorization/check?permissionName=UPDATE&resourceName=process-instance&resourceType=8`)
      .then(response => (response.ok ? response.json() : { authorized: false }))
      .then(check => document.documentElement.classList.toggle('congvu-may-change', check.authorized === true));
  });
}

document.documentElement.lang = congvuLocale;
const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = new URL('webapp.css', import.meta.url).href;
document.head.appendChild(style);

const angular = window.angular;
angular.module('congvu.webapp', ['cam.commons.filter.date'])
  .decorator('camDateFormat', ['$delegate', formatOf => name => DATE_FORMATS[name || 'normal'] || formatOf(name)])
  .run(['$rootScope', markWhoMayChange]);
angular.module('cam.commons').requires.push('congvu.webapp');
