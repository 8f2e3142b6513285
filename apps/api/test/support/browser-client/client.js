// A minimal web client of prepkit, as a single-page app on another origin writes it: every call
// is fetch(..., { credentials: 'include' }) to the API named by the page's `?api=` parameter, and
// job progress comes from EventSource(..., { withCredentials: true }). Browser tests drive it
// through window.prepkit.

const api = new URL(location.href).searchParams.get('api');

/** One API call; the answer as plain data (only the headers CORS lets the page read). */
const call = async (method, path, body, headers = {}) => {
  const init = { method, credentials: 'include', headers: { ...headers } };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const res = await fetch(`${api}${path}`, init);
  const text = await res.text();
  return {
    status: res.status,
    body: text ? JSON.parse(text) : null,
    location: res.headers.get('location'),
    retryAfter: res.headers.get('retry-after'),
    preferenceApplied: res.headers.get('preference-applied'),
    requestId: res.headers.get('x-request-id'),
  };
};

const FINAL_EVENTS = ['completed', 'failed', 'cancelled'];

window.prepkit = {
  register: (credentials) => call('POST', '/api/auth/register', credentials),
  login: (credentials) => call('POST', '/api/auth/login', credentials),
  getMe: () => call('GET', '/api/auth/get-me'),
  /** Multipart submission with the resume this site serves at /resume.pdf, answered at once. */
  async submitReport(fields) {
    const pdf = await (await fetch('/resume.pdf')).blob();
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('resume', new File([pdf], 'resume.pdf', { type: 'application/pdf' }));
    return call('POST', '/api/interview/', form, { prefer: 'respond-async' });
  },
  /** Follows a job's event stream until its final event; resolves with every event seen. */
  followJob(jobId) {
    return new Promise((resolve, reject) => {
      const events = [];
      const source = new EventSource(`${api}/api/interview/jobs/${jobId}/events`, {
        withCredentials: true,
      });
      for (const type of ['status', 'progress', ...FINAL_EVENTS]) {
        source.addEventListener(type, (event) => {
          events.push({ type, data: JSON.parse(event.data) });
          if (FINAL_EVENTS.includes(type)) {
            source.close();
            resolve(events);
          }
        });
      }
      source.onerror = () => {
        if (source.readyState === EventSource.CLOSED) {
          reject(new Error(`event stream closed by the browser after ${events.length} events`));
        }
      };
    });
  },
  readReport: (id) => call('GET', `/api/interview/report/${id}`),
  listReports: () => call('GET', '/api/interview/'),
  logout: () => call('POST', '/api/auth/logout'),
  /** A plain HTML form post (multipart, no preflight), as another page of the same site could send. */
  postForm(fields) {
    const form = document.createElement('form');
    form.method = 'POST';
    form.enctype = 'multipart/form-data';
    form.action = `${api}/api/interview/`;
    for (const [name, value] of Object.entries(fields)) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.append(input);
    }
    document.body.append(form);
    form.submit();
  },
};
