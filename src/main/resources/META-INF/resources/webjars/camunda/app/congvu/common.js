// Hệ thống điều hành công vụ: what every webapp's scripts/config.js shares.
// Vietnamese by default whatever the browser says. "?lang=en" switches this browser to English and "?lang=vi" back;
// the choice is remembered in localStorage. The webapps pick the browser's language only when it is in
// availableLocales, so listing just the chosen one makes it the language shown.
const supported = ['vi', 'en'];

function chosenLocale() {
  let asked = null;
  try {
    asked = new URLSearchParams(window.location.search).get('lang');
    if (supported.includes(asked)) {
      window.localStorage.setItem('congvu-locale', asked);
    }
    asked = window.localStorage.getItem('congvu-locale');
  } catch (e) {
    asked = null;
  }
  return supported.includes(asked) ? asked : 'vi';
}

export const congvuLocale = chosenLocale();

export const common = {
  app: {
    name: 'Hệ thống điều hành công vụ',
    vendor: 'Ủy ban nhân dân Thành phố'
  },
  locales: {
    availableLocales: [congvuLocale],
    fallbackLocale: congvuLocale
  }
};
