// Uploads the files of an inschrijving straight to Blob Storage with the platform's upload grant (a SAS for one blob),
// in blocks of 4 MB with progress, hashes them (SHA-256, incrementally) on the way, then submits. Only the submit gives a
// receipt; an upload alone is not a submission. No file passes through the app.
(() => {
  'use strict';
  const K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);

  // SubtleCrypto cannot hash in parts, and a 200 MB file should not be read into memory at once.
  function sha256() {
    const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
    const w = new Uint32Array(64);
    const rest = new Uint8Array(64);
    let restLength = 0;
    let total = 0;
    const rotr = (x, n) => (x >>> n) | (x << (32 - n));
    function block(b, o) {
      for (let i = 0; i < 16; i++) w[i] = (b[o + 4 * i] << 24) | (b[o + 4 * i + 1] << 16) | (b[o + 4 * i + 2] << 8) | b[o + 4 * i + 3];
      for (let i = 16; i < 64; i++) {
        const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
        const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
      }
      let [a, b2, c, d, e, f, g, hh] = h;
      for (let i = 0; i < 64; i++) {
        const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
        const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b2) ^ (a & c) ^ (b2 & c))) | 0;
        hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b2; b2 = a; a = (t1 + t2) | 0;
      }
      h[0] += a; h[1] += b2; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
    }
    return {
      update(bytes) {
        total += bytes.length;
        let i = 0;
        if (restLength > 0) {
          while (restLength < 64 && i < bytes.length) rest[restLength++] = bytes[i++];
          if (restLength < 64) return;
          block(rest, 0);
          restLength = 0;
        }
        for (; i + 64 <= bytes.length; i += 64) block(bytes, i);
        while (i < bytes.length) rest[restLength++] = bytes[i++];
      },
      hex() {
        const bits = total * 8;
        const pad = new Uint8Array(((restLength + 9 + 63) >> 6) * 64 - restLength);
        pad[0] = 0x80;
        const view = new DataView(pad.buffer);
        view.setUint32(pad.length - 8, Math.floor(bits / 0x100000000));
        view.setUint32(pad.length - 4, bits >>> 0);
        this.update(pad);
        return Array.from(h, x => (x >>> 0).toString(16).padStart(8, '0')).join('');
      },
    };
  }

  async function json(response) {
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const velden = body.errors ? Object.values(body.errors).flat().join(' ') : '';
      throw new Error([body.detail, velden].filter(Boolean).join(' ') || `Het platform antwoordde ${response.status}.`);
    }
    return body;
  }

  // The sign-in cookie alone does not let a script write: it sends the page's antiforgery token along. Only to the API,
  // never to storage.
  function apiHeaders(form) {
    const token = form.querySelector('input[name="__RequestVerificationToken"]');
    return { 'content-type': 'application/json', RequestVerificationToken: token ? token.value : '' };
  }

  async function putBlock(url, body, attempts = 3) {
    for (let i = 1; ; i++) {
      try {
        const r = await fetch(url, { method: 'PUT', body });
        if (r.ok) return;
        if (i >= attempts) throw new Error(`De opslag weigerde een deel van het bestand (${r.status}).`);
      } catch (e) {
        if (i >= attempts) throw e;
      }
    }
  }

  async function upload(form, input, status) {
    const file = input.files[0];
    const progress = status.querySelector('progress');
    const grant = await json(await fetch(`${form.dataset.api}/uploads`, {
      method: 'POST', headers: apiHeaders(form),
      body: JSON.stringify({ document: input.dataset.document, bestandsnaam: file.name, grootte: file.size }),
    }));
    const hash = sha256();
    const ids = [];
    const count = Math.ceil(file.size / grant.blokGrootte);
    for (let i = 0; i < count; i++) {
      const part = file.slice(i * grant.blokGrootte, Math.min(file.size, (i + 1) * grant.blokGrootte));
      hash.update(new Uint8Array(await part.arrayBuffer()));
      const id = btoa(`blok-${String(i).padStart(6, '0')}`);
      await putBlock(`${grant.uploadUrl}&comp=block&blockid=${encodeURIComponent(id)}`, part);
      ids.push(id);
      progress.value = Math.round(((i + 1) / count) * 100);
      progress.textContent = `${progress.value}%`;
    }
    const list = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map(id => `<Latest>${id}</Latest>`).join('')}</BlockList>`;
    await putBlock(`${grant.uploadUrl}&comp=blocklist`, list);
    status.querySelector('[data-uitslag]').textContent = 'Geüpload (nog niet ingediend).';
    return { document: input.dataset.document, uploadId: grant.uploadId, bestandsnaam: file.name, grootte: file.size, sha256: hash.hex() };
  }

  async function submit(form, event) {
    event.preventDefault();
    const melding = form.querySelector('[data-melding]');
    const button = form.querySelector('button[type="submit"]');
    melding.hidden = true;
    button.disabled = true;
    try {
      const bestanden = [];
      for (const input of form.querySelectorAll('input[type="file"]')) {
        if (input.files.length === 0) continue;
        bestanden.push(await upload(form, input, form.querySelector(`[data-status="${input.id}"]`)));
      }
      const bewijs = await json(await fetch(`${form.dataset.api}/indieningen`, {
        method: 'POST', headers: apiHeaders(form), body: JSON.stringify({ bestanden }),
      }));
      window.location.assign(`${form.dataset.pagina}?moment=${encodeURIComponent(bewijs.moment)}&bewijs=${encodeURIComponent(bewijs.bewijsId)}`);
    } catch (e) {
      melding.textContent = `Niet ingediend: ${e.message}`;
      melding.hidden = false;
      melding.focus();
      button.disabled = false;
    }
  }

  for (const form of document.querySelectorAll('form[data-inschrijving-upload]')) {
    form.addEventListener('submit', e => submit(form, e));
  }
})();
