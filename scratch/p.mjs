// src/forms/request-schema.ts
import * as z from "zod/mini";

// src/forms/validators.ts
var PROVINCES = /* @__PURE__ */ new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82]);
var ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
var ID_CHECK = "10X98765432";
function checkResidentId(value, today = /* @__PURE__ */ new Date()) {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return "id-format";
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return "id-region";
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day || birth.getTime() > today.getTime()) return "id-date";
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17] ? void 0 : "id-checksum";
}
var USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
var USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function checkCreditCode(value) {
  const code = value.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return "uscc-format";
  const sum = USCC_WEIGHTS.reduce((total, weight, i) => total + weight * USCC_CHARS.indexOf(code[i]), 0);
  const check = USCC_CHARS[(31 - sum % 31) % 31];
  return check === code[17] ? void 0 : "uscc-checksum";
}
var MOBILE = /^1[3-9]\d{9}$/;
var LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
function checkPhone(value, allowLandline = true) {
  const phone = value.replace(/[\s()（）]/g, "");
  return MOBILE.test(phone) || allowLandline && LANDLINE.test(phone) ? void 0 : "phone";
}
function checkPostcode(value) {
  return /^\d{6}$/.test(value.trim()) ? void 0 : "postcode";
}
function checkEmail(value) {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? void 0 : "email";
}

// src/forms/request-schema.ts
var ID_TYPES = ["\u5C45\u6C11\u8EAB\u4EFD\u8BC1", "\u6E2F\u6FB3\u5C45\u6C11\u6765\u5F80\u5185\u5730\u901A\u884C\u8BC1", "\u53F0\u6E7E\u5C45\u6C11\u6765\u5F80\u5927\u9646\u901A\u884C\u8BC1", "\u6E2F\u6FB3\u53F0\u5C45\u6C11\u5C45\u4F4F\u8BC1", "\u5916\u56FD\u4EBA\u6C38\u4E45\u5C45\u7559\u8EAB\u4EFD\u8BC1", "\u62A4\u7167", "\u5176\u4ED6"];
var PROVIDE_FORMS = ["\u7EB8\u8D28", "\u7535\u5B50"];
var DELIVERY = ["\u90AE\u5BC4", "\u7535\u5B50\u90AE\u4EF6", "\u81EA\u884C\u9886\u53D6", "\u73B0\u573A\u67E5\u9605"];
var UPLOAD_TYPES = ["image/jpeg", "image/png", "application/pdf"];
var MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
function uploadProblem(file, types = UPLOAD_TYPES, maxBytes = 5 * 1024 * 1024) {
  if (!types.includes(file.type)) return "upload-type";
  return file.size > Math.min(maxBytes, MAX_UPLOAD_BYTES) ? "upload-size" : void 0;
}
var text = (max = 200) => z.optional(z.string().check(z.maxLength(max)));
var RequestPayload = z.object({
  applicantType: z.enum(["\u516C\u6C11", "\u6CD5\u4EBA", "\u5176\u4ED6\u7EC4\u7EC7"]),
  citizen: z.optional(z.object({
    name: text(50),
    idType: z.optional(z.enum(ID_TYPES)),
    idNumber: text(40),
    phone: text(30),
    address: text(200),
    postcode: text(10),
    email: text(100),
    workplace: text(100)
  })),
  organisation: z.optional(z.object({
    name: text(100),
    creditCode: text(18),
    legalRepresentative: text(50),
    contactName: text(50),
    phone: text(30),
    email: text(100),
    address: text(200)
  })),
  agent: z.optional(z.object({ name: text(50), idNumber: text(40), phone: text(30) })),
  information: z.object({ title: text(300), docNo: text(100), description: text(2e3), indexNo: text(100), itemId: text(128) }),
  purpose: text(500),
  provideForm: z.optional(z.enum(PROVIDE_FORMS)),
  delivery: z.optional(z.enum(DELIVERY)),
  privacyConsent: z.optional(z.boolean()),
  /** 身份证明材料: a JPEG, PNG or PDF as a data URL (never saved in the browser's draft). */
  identityProof: z.optional(z.object({
    name: z.string().check(z.maxLength(200)),
    type: z.enum(UPLOAD_TYPES),
    size: z.number().check(z.gte(1), z.lte(MAX_UPLOAD_BYTES)),
    dataUrl: z.string().check(z.maxLength(Math.ceil(MAX_UPLOAD_BYTES * 1.4) + 100), z.regex(/^data:(image\/jpeg|image\/png|application\/pdf);base64,[A-Za-z0-9+/=]+$/))
  }))
});
var filled = (value) => !!value && value.trim() !== "";
function requestProblems(payload, today = /* @__PURE__ */ new Date()) {
  const problems = [];
  const need = (path, value) => filled(value) || problems.push({ path, code: "required" });
  const check = (path, value, rule, warning = false) => {
    if (!filled(value)) return;
    const code = rule(value);
    if (code) problems.push({ path, code, ...warning ? { warning } : {} });
  };
  if (payload.applicantType === "\u516C\u6C11") {
    const c = payload.citizen ?? {};
    need("citizen.name", c.name);
    need("citizen.idType", c.idType);
    need("citizen.idNumber", c.idNumber);
    need("citizen.phone", c.phone);
    need("citizen.address", c.address);
    if (c.idType === "\u5C45\u6C11\u8EAB\u4EFD\u8BC1") check("citizen.idNumber", c.idNumber, (v) => checkResidentId(v, today));
    else check("citizen.idNumber", c.idNumber, (v) => /^[A-Za-z0-9-]{6,20}$/.test(v.trim()) ? void 0 : "id-other", true);
    check("citizen.phone", c.phone, checkPhone);
    check("citizen.postcode", c.postcode, checkPostcode);
    check("citizen.email", c.email, checkEmail);
  } else {
    const o = payload.organisation ?? {};
    need("organisation.name", o.name);
    need("organisation.creditCode", o.creditCode);
    need("organisation.legalRepresentative", o.legalRepresentative);
    need("organisation.contactName", o.contactName);
    need("organisation.phone", o.phone);
    need("organisation.address", o.address);
    check("organisation.creditCode", o.creditCode, checkCreditCode);
    check("organisation.phone", o.phone, checkPhone);
    check("organisation.email", o.email, checkEmail);
  }
  const agent = payload.agent;
  if (agent && (filled(agent.name) || filled(agent.idNumber) || filled(agent.phone))) {
    need("agent.name", agent.name);
    need("agent.idNumber", agent.idNumber);
    check("agent.idNumber", agent.idNumber, (v) => checkResidentId(v, today));
    check("agent.phone", agent.phone, checkPhone);
  }
  const info = payload.information;
  if (!filled(info.title) && !filled(info.docNo) && !filled(info.description)) problems.push({ path: "information.description", code: "describe" });
  if (!payload.provideForm) problems.push({ path: "provideForm", code: "required" });
  if (!payload.delivery) problems.push({ path: "delivery", code: "required" });
  if (payload.delivery === "\u7535\u5B50\u90AE\u4EF6") {
    const email = payload.applicantType === "\u516C\u6C11" ? payload.citizen?.email : payload.organisation?.email;
    if (!filled(email)) problems.push({ path: payload.applicantType === "\u516C\u6C11" ? "citizen.email" : "organisation.email", code: "email-for-delivery" });
  }
  if (payload.privacyConsent !== true) problems.push({ path: "privacyConsent", code: "consent" });
  return problems;
}
var REQUEST_PROBLEM_TEXT = {
  required: "\u6B64\u9879\u4E3A\u5FC5\u586B\u9879",
  describe: "\u8BF7\u81F3\u5C11\u586B\u5199\u6240\u9700\u4FE1\u606F\u7684\u540D\u79F0\u3001\u6587\u53F7\u6216\u5176\u4ED6\u7279\u5F81\u6027\u63CF\u8FF0\u4E4B\u4E00",
  "id-format": "\u8EAB\u4EFD\u8BC1\u53F7\u7801\u5E94\u4E3A18\u4F4D\uFF0C\u6700\u540E\u4E00\u4F4D\u53EF\u4EE5\u662F X",
  "id-region": "\u8EAB\u4EFD\u8BC1\u53F7\u7801\u524D\u4E24\u4F4D\u4E0D\u662F\u6709\u6548\u7684\u7701\u7EA7\u5730\u533A\u4EE3\u7801",
  "id-date": "\u8EAB\u4EFD\u8BC1\u53F7\u7801\u4E2D\u7684\u51FA\u751F\u65E5\u671F\u4E0D\u5BF9",
  "id-checksum": "\u8EAB\u4EFD\u8BC1\u53F7\u7801\u6821\u9A8C\u4F4D\u4E0D\u5BF9",
  "id-other": "\u8BC1\u4EF6\u53F7\u7801\u683C\u5F0F\u770B\u8D77\u6765\u4E0D\u5BF9\uFF0C\u8BF7\u6838\u5BF9\uFF08\u53EF\u7EE7\u7EED\u63D0\u4EA4\uFF09",
  "uscc-format": "\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u5E94\u4E3A18\u4F4D\u5B57\u6BCD\u6216\u6570\u5B57",
  "uscc-checksum": "\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u6821\u9A8C\u4F4D\u4E0D\u5BF9",
  phone: "\u8BF7\u586B\u5199\u624B\u673A\u53F7\u7801\u6216\u5E26\u533A\u53F7\u7684\u56FA\u5B9A\u7535\u8BDD",
  postcode: "\u90AE\u653F\u7F16\u7801\u5E94\u4E3A6\u4F4D\u6570\u5B57",
  email: "\u7535\u5B50\u90AE\u7BB1\u683C\u5F0F\u4E0D\u5BF9",
  "email-for-delivery": "\u9009\u62E9\u7535\u5B50\u90AE\u4EF6\u83B7\u53D6\u65F6\u8BF7\u586B\u5199\u7535\u5B50\u90AE\u7BB1",
  consent: "\u8BF7\u9605\u8BFB\u5E76\u540C\u610F\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u8BF4\u660E",
  "upload-type": "\u53EA\u80FD\u4E0A\u4F20 JPG\u3001PNG \u6216 PDF \u6587\u4EF6",
  "upload-size": "\u6587\u4EF6\u592A\u5927\uFF0C\u8BF7\u538B\u7F29\u540E\u91CD\u65B0\u4E0A\u4F20"
};

// src/forms/holiday-calendar.ts
var HOLIDAY_CALENDAR = [
  {
    year: 2024,
    source: "\u56FD\u529E\u53D1\u660E\u7535\u30142023\u30157\u53F7",
    holidays: [
      ["2024-01-01", "2024-01-01", "\u5143\u65E6"],
      ["2024-02-10", "2024-02-17", "\u6625\u8282"],
      ["2024-04-04", "2024-04-06", "\u6E05\u660E\u8282"],
      ["2024-05-01", "2024-05-05", "\u52B3\u52A8\u8282"],
      ["2024-06-10", "2024-06-10", "\u7AEF\u5348\u8282"],
      ["2024-09-15", "2024-09-17", "\u4E2D\u79CB\u8282"],
      ["2024-10-01", "2024-10-07", "\u56FD\u5E86\u8282"]
    ],
    workdays: ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"]
  },
  {
    year: 2025,
    source: "\u56FD\u529E\u53D1\u660E\u7535\u30142024\u301512\u53F7",
    holidays: [
      ["2025-01-01", "2025-01-01", "\u5143\u65E6"],
      ["2025-01-28", "2025-02-04", "\u6625\u8282"],
      ["2025-04-04", "2025-04-06", "\u6E05\u660E\u8282"],
      ["2025-05-01", "2025-05-05", "\u52B3\u52A8\u8282"],
      ["2025-05-31", "2025-06-02", "\u7AEF\u5348\u8282"],
      ["2025-10-01", "2025-10-08", "\u56FD\u5E86\u8282\u3001\u4E2D\u79CB\u8282"]
    ],
    workdays: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]
  },
  {
    year: 2026,
    source: "\u56FD\u52A1\u9662\u529E\u516C\u5385\u5173\u4E8E2026\u5E74\u90E8\u5206\u8282\u5047\u65E5\u5B89\u6392\u7684\u901A\u77E5",
    holidays: [
      ["2026-01-01", "2026-01-03", "\u5143\u65E6"],
      ["2026-02-15", "2026-02-23", "\u6625\u8282"],
      ["2026-04-04", "2026-04-06", "\u6E05\u660E\u8282"],
      ["2026-05-01", "2026-05-05", "\u52B3\u52A8\u8282"],
      ["2026-06-19", "2026-06-21", "\u7AEF\u5348\u8282"],
      ["2026-09-25", "2026-09-27", "\u4E2D\u79CB\u8282"],
      ["2026-10-01", "2026-10-07", "\u56FD\u5E86\u8282"]
    ],
    workdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]
  },
  {
    year: 2027,
    provisional: true,
    holidays: [
      ["2027-01-01", "2027-01-01", "\u5143\u65E6"],
      ["2027-02-05", "2027-02-08", "\u6625\u8282"],
      ["2027-04-05", "2027-04-05", "\u6E05\u660E\u8282"],
      ["2027-05-01", "2027-05-02", "\u52B3\u52A8\u8282"],
      ["2027-06-09", "2027-06-09", "\u7AEF\u5348\u8282"],
      ["2027-09-15", "2027-09-15", "\u4E2D\u79CB\u8282"],
      ["2027-10-01", "2027-10-03", "\u56FD\u5E86\u8282"]
    ],
    workdays: []
  }
];

// src/forms/working-days.ts
var DAY_MS = 864e5;
var toTime = (date) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
var toDate = (time) => new Date(time).toISOString().slice(0, 10);
function addDays(date, days) {
  return toDate(toTime(date) + days * DAY_MS);
}
function makeCalendar(years = HOLIDAY_CALENDAR) {
  const off = /* @__PURE__ */ new Set();
  const on = /* @__PURE__ */ new Set();
  const firm = /* @__PURE__ */ new Set();
  for (const entry of years) {
    if (!entry.provisional) firm.add(entry.year);
    for (const [first, last] of entry.holidays) for (let d = first; d <= last; d = addDays(d, 1)) off.add(d);
    for (const d of entry.workdays) on.add(d);
  }
  return {
    isWorkingDay(date) {
      if (on.has(date)) return true;
      if (off.has(date)) return false;
      const weekday = new Date(toTime(date)).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
    isEstimate: (date) => !firm.has(Number(date.slice(0, 4)))
  };
}
function addWorkingDays(date, n, calendar = makeCalendar()) {
  let day = date;
  for (let counted = 0; counted < n; ) {
    day = addDays(day, 1);
    if (calendar.isWorkingDay(day)) counted++;
  }
  return day;
}
function statutoryTimeline(received, deadlines = { replyWorkingDays: 20, extensionWorkingDays: 20, supplementNoticeWorkingDays: 7 }, calendar = makeCalendar()) {
  const supplementBy = addWorkingDays(received, deadlines.supplementNoticeWorkingDays, calendar);
  const replyBy = addWorkingDays(received, deadlines.replyWorkingDays, calendar);
  const extendedReplyBy = addWorkingDays(replyBy, deadlines.extensionWorkingDays, calendar);
  const estimate = [received, supplementBy, replyBy, extendedReplyBy].some((d) => calendar.isEstimate(d));
  return { received, supplementBy, replyBy, extendedReplyBy, estimate };
}
export {
  DELIVERY,
  ID_TYPES,
  MAX_UPLOAD_BYTES,
  PROVIDE_FORMS,
  REQUEST_PROBLEM_TEXT,
  RequestPayload,
  UPLOAD_TYPES,
  addDays,
  addWorkingDays,
  makeCalendar,
  requestProblems,
  statutoryTimeline,
  uploadProblem
};
