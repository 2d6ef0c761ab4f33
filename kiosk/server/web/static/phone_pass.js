// The phone pass (kiosk/domain/phone_pass.py): a key pair made here and never exported (its
// private half stays in this browser's IndexedDB), the public key registered for the member, and
// a QR that changes every 30 s: KP1:<base32(payload + signature)>. No network is needed to show
// it once the key is registered.
"use strict";
(function () {
  const STEP = 30;
  const TAG = new TextEncoder().encode("door-kiosk/phone-pass/v1\0");
  const root = document.getElementById("pass");
  const member = root.dataset.member;
  const csrf = root.dataset.csrf;
  const canvas = document.getElementById("qr");
  const status = document.getElementById("pass-status");

  function hex(text) {
    const out = new Uint8Array(text.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(text.substr(i * 2, 2), 16);
    return out;
  }
  function toHex(bytes) {
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  function base32(bytes) {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let bits = 0, value = 0, out = "";
    for (const b of bytes) {
      value = (value << 8) | b; bits += 8;
      while (bits >= 5) { out += alphabet[(value >>> (bits - 5)) & 31]; bits -= 5; }
    }
    if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
    return out;
  }
  function payload(keyId, step) {
    const p = new Uint8Array(17);
    p[0] = 1; p.set(hex(member), 1); p.set(hex(keyId), 9);
    new DataView(p.buffer).setUint32(13, step, false);
    return p;
  }
  function db() {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open("door-kiosk-pass", 1);
      open.onupgradeneeded = () => open.result.createObjectStore("keys");
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
  }
  async function stored(store, mode, action) {
    const d = await db();
    return new Promise((resolve, reject) => {
      const req = action(d.transaction("keys", mode).objectStore("keys"));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }
  async function deviceKey() {
    const known = await stored("keys", "readonly", (s) => s.get(member));
    if (known) return known;
    const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign", "verify"]);
    const spki = new Uint8Array(await crypto.subtle.exportKey("spki", pair.publicKey));
    const answer = await fetch("/me/devices", {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify({ algorithm: "ecdsa-p256", spki: btoa(String.fromCharCode(...spki)),
                             label: navigator.platform || "" }),
    });
    if (!answer.ok) throw new Error((await answer.json()).detail || answer.statusText);
    const keyId = (await answer.json()).key_id;
    const entry = { keyId: keyId, privateKey: pair.privateKey };
    await stored("keys", "readwrite", (s) => s.put(entry, member));
    return entry;
  }
  async function show(entry) {
    const step = Math.floor(Date.now() / 1000 / STEP);
    const p = payload(entry.keyId, step);
    const message = new Uint8Array(TAG.length + p.length);
    message.set(TAG); message.set(p, TAG.length);
    const signature = new Uint8Array(await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" },
                                                              entry.privateKey, message));
    const all = new Uint8Array(p.length + signature.length);
    all.set(p); all.set(signature, p.length);
    const text = "KP1:" + base32(all);
    const qr = qrcode(0, "M");
    qr.addData(text, "Alphanumeric");
    qr.make();
    const n = qr.getModuleCount(), cell = 6, margin = 4;
    canvas.width = canvas.height = (n + 2 * margin) * cell;
    const g = canvas.getContext("2d");
    g.fillStyle = "#fff"; g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = "#000";
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++)
      if (qr.isDark(r, c)) g.fillRect((c + margin) * cell, (r + margin) * cell, cell, cell);
    root.dataset.step = String(step);
    root.dataset.keyId = entry.keyId;
    status.textContent = status.dataset.ready;
    setTimeout(() => show(entry), (STEP - (Date.now() / 1000) % STEP) * 1000 + 50);
  }
  // The time this code has left, counted down each second beside it.
  const left = document.getElementById("pass-left");
  function tick() {
    if (root.dataset.step) {
      const seconds = Math.max(1, Math.ceil(STEP - (Date.now() / 1000) % STEP));
      left.textContent = left.dataset.template.replace("{seconds}", String(seconds));
    }
  }
  setInterval(tick, 1000);
  deviceKey().then(show).catch((e) => { status.textContent = status.dataset.failed + " " + e.message; });
})();
