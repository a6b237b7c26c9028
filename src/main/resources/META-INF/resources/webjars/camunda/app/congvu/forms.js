// Hệ thống điều hành công vụ: what the embedded task forms (src/main/resources/static/forms) share. People type and
// read dates as dd/MM/yyyy and times as HH:mm; the process keeps the contract's ISO values. Loaded by webapp.js.
const ZONE = 'Asia/Ho_Chi_Minh';
const VIETNAM_OFFSET = '+07:00';

const pad = n => String(n).padStart(2, '0');

/** "05/12/2026" (or "5/12/2026") → "2026-12-05"; null when it is not a real day. */
export function isoDate(text) {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
  if (!match) {
    return null;
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2026-12-05" → "05/12/2026"; anything else as it is. */
export function peopleDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (iso || '');
}

/** "7:30" or "07:30" → "07:30"; null when it is not a time of day. */
export function isoTime(text) {
  const match = /^\s*(\d{1,2})[:hH](\d{2})\s*$/.exec(text || '');
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    return null;
  }
  return `${pad(match[1])}:${match[2]}`;
}

/** Today in Vietnam, ISO ("2026-12-01"), whatever the browser's own time zone. */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
}

/** A day and a time typed in Vietnam time → the contract's ISO date-time with the Vietnam offset. */
export function isoDateTime(isoDay, time) {
  return `${isoDay}T${time}:00${VIETNAM_OFFSET}`;
}

/** An ISO date-time → "18:30 05/12/2026" in Vietnam time. */
export function peopleDateTime(iso) {
  const at = new Date(iso);
  if (!iso || Number.isNaN(at.getTime())) {
    return iso || '';
  }
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23'
  }).formatToParts(at).map(part => [part.type, part.value]));
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
}

/**
 * Sets a variable of the form for submission: created the first time, changed after a refused attempt. Variables a
 * form sends are only those it sets (no cam-variable-name inputs), so nothing the task does not accept goes out.
 */
export function submit(camForm, name, type, value) {
  const variables = camForm.variableManager;
  if (variables.variables[name]) {
    variables.variableValue(name, value);
    variables.variables[name].type = type;
  } else {
    variables.createVariable({ name, type, value });
  }
}

/** Reads the variables a form shows (read-only) into scope.shown once the engine returned them. */
export function show(camForm, scope, names) {
  camForm.on('form-loaded', () => names.forEach(name => camForm.variableManager.fetchVariable(name)));
  camForm.on('variables-fetched', () => {
    scope.shown = scope.shown || {};
    names.forEach(name => {
      const variable = camForm.variableManager.variables[name];
      scope.shown[name] = variable ? variable.value : null;
    });
  });
}

/**
 * A refusal from the server shown at its field: scope.refused[field] (the engine's path answers the field apart from
 * the Vietnamese message, inputguard.EngineErrorFilter); a message without a field goes to scope.refused.form.
 */
export function showRefusals(camForm, scope) {
  camForm.on('submit', () => {
    scope.refused = {};
  });
  // The form's events pass the form, then the arguments of the failure (an array-like holding the error).
  camForm.on('submit-failed', (...args) => {
    const given = args.filter(arg => arg && arg !== camForm)
      .flatMap(arg => (typeof arg === 'object' && 'length' in arg ? Array.from(arg) : [arg]));
    const failure = given.find(arg => arg && (arg.message || arg.response)) || {};
    const body = answered(failure.response);
    scope.refused = { [body.field || 'form']: body.message || failure.message || '' };
  });
}

/**
 * After a start, tells the person the case's reference ("Số hồ sơ"), the business key the application gave it:
 * Tasklist's own message says only that a process started. The form's submission answers the started instance. The
 * message waits for the start dialog to close: shown while it is open, it would close with it. The message's title
 * says what was filed (a request by default).
 */
export function showReference(camForm, notifications, $timeout, status = 'Đã gửi đề nghị') {
  const submitVariables = camForm.submitVariables.bind(camForm);
  camForm.submitVariables = done => submitVariables((failure, started) => {
    if (!failure && started && started.businessKey) {
      $timeout(() => notifications.addMessage({ status, message: `Số hồ sơ: ${started.businessKey}`,
        duration: 60000 }), 1000);
    }
    done(failure, started);
  });
}

// The project API sits at the application's root, beside the webapps' path (/camunda/app/tasklist/default/ -> /api/).
const API_ROOT = () => new URL(document.querySelector('base').href).pathname.replace(/[^/]+\/app\/.*$/, '');

/**
 * Reads the project API as the person signed in to Tasklist (a GET counts as them, security.AlwaysAuthenticateFilter)
 * and hands the JSON to the form's scope: `then(value)` runs inside Angular's digest. A failure passes its Vietnamese
 * message (the API's JSON body) to `failed`.
 */
export function read(scope, path, then, failed) {
  fetch(`${API_ROOT()}api/${path}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(response => response.json().catch(() => ({})).then(body => ({ ok: response.ok, body })))
    .then(({ ok, body }) => scope.$applyAsync(() => (ok ? then(body) : failed && failed(body.message || ''))))
    .catch(() => failed && scope.$applyAsync(() => failed('')));
}

/** The JSON body of a refusal, whether or not the HTTP client parsed it. */
function answered(response) {
  if (!response) {
    return {};
  }
  try {
    return response.body || JSON.parse(response.text || '{}');
  } catch (notJson) {
    return {};
  }
}

// Directives for inputs with ng-model: the model holds the ISO value, the input what people type.
function textDirective(parse, format, errorKey) {
  return () => ({
    require: 'ngModel',
    link(scope, element, attributes, model) {
      model.$parsers.push(text => {
        if (!text) {
          model.$setValidity(errorKey, true);
          return text;
        }
        const value = parse(text);
        model.$setValidity(errorKey, value !== null);
        return value === null ? undefined : value;
      });
      model.$formatters.push(value => (value ? format(value) : value));
    }
  });
}

const angular = window.angular;
angular.module('congvu.forms', [])
  .directive('congvuDate', textDirective(isoDate, peopleDate, 'congvuDate'))
  .directive('congvuTime', textDirective(isoTime, time => time, 'congvuTime'));
angular.module('cam.commons').requires.push('congvu.forms');

window.congvuForms = {
  isoDate, peopleDate, isoTime, today, isoDateTime, peopleDateTime, submit, show, showRefusals, showReference, read
};
