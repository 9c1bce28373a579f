// Kontor live password check: ticks the realm's password rules while the customer types.
// The rules and their numbers come from GET /realms/{realm}/portal/password-policy, the same
// policy the server enforces; the checks below mirror the server's (Keycloak's counting rules,
// dev.kontor.password.SequenceRuns and KeyboardRuns). Rules that need the server (common
// passwords, history, name) are listed as "checked when you submit". The server stays the judge.

const ALPHABETS = [
  "abcdefghijklmnopqrstuvwxyz",
  "αβγδεζηθικλμνξοπρστυφχψω",
  "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
];
const KEYBOARD_ROWS = ["qwertzuiopü", "asdfghjklöä", "yxcvbnm", "qwertyuiop", "asdfghjkl", "zxcvbnm"];

const isDigit = (cp) => cp >= 0 && /^\p{Nd}$/u.test(String.fromCodePoint(cp));

function position(ch) {
  const cp = ch.codePointAt(0);
  if (isDigit(cp)) {
    // Unicode keeps decimal digits in contiguous sets of ten, 0 to 9, each block of sets
    // preceded by a non-digit: the distance to the block's start gives the value.
    let start = cp;
    while (isDigit(start - 1)) start--;
    const value = (cp - start) % 10;
    return { set: "d" + (cp - value), index: value };
  }
  if (!/^\p{L}$/u.test(ch)) return null;
  let lower = ch.toLowerCase();
  if (lower === "ς") lower = "σ";
  const found = inAlphabets(lower);
  if (found) return found;
  const base = lower.normalize("NFD").charAt(0);
  return base.charCodeAt(0) < 128 ? inAlphabets(base) : null;
}

function inAlphabets(letter) {
  for (let set = 0; set < ALPHABETS.length; set++) {
    const index = ALPHABETS[set].indexOf(letter);
    if (index >= 0 && [...letter].length === 1) return { set: "a" + set, index };
  }
  return null;
}

function step(previous, next) {
  const a = position(previous);
  const b = position(next);
  if (!a || !b || a.set !== b.set) return 0;
  const difference = b.index - a.index;
  return difference === 1 || difference === -1 ? difference : 0;
}

export function longestRun(password) {
  const chars = [...password];
  if (chars.length === 0) return 0;
  let longest = 1, current = 1, direction = 0;
  for (let i = 1; i < chars.length; i++) {
    const s = step(chars[i - 1], chars[i]);
    if (s !== 0 && (s === direction || current === 1)) {
      current++;
      direction = s;
    } else if (s !== 0) {
      current = 2;
      direction = s;
    } else {
      current = 1;
      direction = 0;
    }
    longest = Math.max(longest, current);
  }
  return longest;
}

export function hasKeyboardRun(password, length) {
  const lower = password.toLowerCase();
  const rows = KEYBOARD_ROWS.flatMap((row) => [row, [...row].reverse().join("")]);
  for (let start = 0; start + length <= lower.length; start++) {
    const window = lower.substring(start, start + length);
    if (rows.some((row) => row.includes(window))) return true;
  }
  return false;
}

const count = (password, pattern) => [...password].filter((ch) => pattern.test(ch)).length;

// Each check answers true (met), false (not met) or null (only the server can tell).
const CHECKS = {
  length: (pw, n) => [...pw].length >= n,
  maxLength: (pw, n) => [...pw].length <= n,
  digits: (pw, n) => count(pw, /^\p{Nd}$/u) >= n,
  lowerCase: (pw, n) => count(pw, /^\p{Ll}$/u) >= n,
  upperCase: (pw, n) => count(pw, /^\p{Lu}$/u) >= n,
  specialChars: (pw, n) => count(pw, /^[^\p{L}\p{Nd}]$/u) >= n,
  kontorNoRun: (pw, n) => longestRun(pw) < n,
  kontorNoKeyboardRun: (pw, n) => !hasKeyboardRun(pw, n),
  notUsername: (pw, n, ctx) => (ctx.username ? pw.toLowerCase() !== ctx.username.toLowerCase() : null),
  notEmail: (pw, n, ctx) => (ctx.username ? pw.toLowerCase() !== ctx.username.toLowerCase() : null),
};

function realmBase() {
  const path = window.location.pathname;
  const cut = path.indexOf("/login-actions/");
  return cut >= 0 ? path.substring(0, cut) : path.replace(/\/protocol\/.*$/, "");
}

/**
 * Wires the checklist (kontor-password-rules.ftl): the <ul> carries the password field's id,
 * the username and the translated labels in data-* attributes.
 */
export async function initPasswordRules(list) {
  const field = list && document.getElementById(list.dataset.field);
  if (!field) return;
  const username = list.dataset.username;
  let rules;
  try {
    const response = await fetch(realmBase() + "/portal/password-policy", { headers: { Accept: "application/json" } });
    if (!response.ok) return;
    rules = (await response.json()).rules;
  } catch (e) {
    return; // no live check; the server still checks on submit
  }
  const labels = JSON.parse(list.dataset.labels);
  const serverChecked = list.dataset.serverChecked;
  const items = [];
  // in the order of the page's labels (length first, history last), not the server's
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  for (const [id, label] of Object.entries(labels)) {
    const rule = byId.get(id);
    if (!rule) continue;
    const li = document.createElement("li");
    li.dataset.rule = rule.id;
    li.textContent = label.replace("{0}", rule.value ?? "");
    if (!CHECKS[rule.id]) {
      li.classList.add("kontor-rule-server");
      li.title = serverChecked;
    }
    list.appendChild(li);
    items.push({ rule, li });
  }
  list.hidden = items.length === 0;
  const update = () => {
    const pw = field.value;
    for (const { rule, li } of items) {
      const check = CHECKS[rule.id];
      const met = check ? check(pw, rule.value, { username }) : null;
      li.classList.toggle("kontor-rule-met", pw.length > 0 && met === true);
      li.classList.toggle("kontor-rule-unmet", pw.length > 0 && met === false);
    }
  };
  field.addEventListener("input", update);
  update();
}

const checklist = typeof document === "undefined" ? null : document.getElementById("kontor-password-rules");
if (checklist) initPasswordRules(checklist);
