// What every check needs: where the server is and the admin key, from the environment
// (.ci/clients-check.sh sets them), and a unique suffix so a check can run again against
// the same server (a second CI run, a database with imports) and still start from scratch.
import { randomBytes } from 'node:crypto';

export const baseUrl = (process.env.FLASHPOINT_BASE_URL ?? '').replace(/\/$/, '');
export const adminKey = process.env.FLASHPOINT_ADMIN_KEY ?? '';
if (!baseUrl || !adminKey) {
  throw new Error('set FLASHPOINT_BASE_URL and FLASHPOINT_ADMIN_KEY (or run ../clients-check.sh BASE_URL ADMIN_KEY)');
}
export const endpoint = `${baseUrl}/graphql`;
export const adminHeaders = { Authorization: `Bearer ${adminKey}` };

export function unique(prefix) {
  return `${prefix} ${new Date().toISOString()} ${randomBytes(4).toString('hex')}`;
}

/** A fetch that records every request it sends (method, URL, parsed body) before sending it. */
export function recordingFetch() {
  const sent = [];
  const fetchAndRecord = async (url, options = {}) => {
    const method = (options.method ?? 'GET').toUpperCase();
    sent.push({ method, url: String(url), body: options.body ? JSON.parse(options.body) : undefined });
    const response = await fetch(url, options);
    sent[sent.length - 1].status = response.status;
    sent[sent.length - 1].cacheControl = response.headers.get('cache-control');
    return response;
  };
  return { fetch: fetchAndRecord, sent };
}
