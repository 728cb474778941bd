/*
 * Jiangmen trade-subsidy application: the words form-js writes itself, in Chinese for a Chinese
 * browser. Loaded by config.js (customScripts).
 *
 * Tasklist 7.24 renders Camunda Forms with form-js 1.8.7 (inside lib/deps.js), which has no
 * translations: its placeholders ("Select", "Search"), messages ("Field is required.",
 * "Nothing to show."), buttons ("Add new") and its date picker (flatpickr: month and weekday
 * names, the mm/dd/yyyy the browser's region gives) are English in every browser. Its form
 * labels are ours and already Chinese.
 *
 * How: form-js (Preact) never reads back the text it wrote, it only rewrites a text or an
 * attribute when its own value changes. So this watches the DOM of the forms and replaces each
 * English text and attribute form-js writes by its Chinese one as it appears; when form-js writes
 * it again (a new error, a re-render), it is replaced again. Only form-js's own words are touched,
 * each where form-js puts it (the TEXTS below say where), never a value or a label of a form.
 * FormJsTranslationTest holds the list of what form-js 1.8.7 writes itself (from its sources),
 * checks that the webjar's bundle still contains each of them (a Camunda upgrade that changes
 * form-js fails it) and that each is translated here. The date picker itself is given
 * flatpickr's Chinese words and dates as 2026-12-09.
 */

const language = ((Array.isArray(navigator.languages) && navigator.languages[0]) || navigator.language || '')
  .split('-')[0]
  .toLowerCase();

/** Where form-js renders a form; nothing outside it is touched. */
const FORM = '.fjs-container';

/**
 * form-js's own texts: [the English text form-js writes, the Chinese, where it may stand (a CSS
 * selector the text's element or one of its ancestors matches)]. The English is a string (the
 * whole text, trimmed) or a pattern.
 */
const TEXTS = [
  // select and searchable select, tag list
  ['Select', '请选择', '.fjs-select-display'],
  ['No results', '无匹配选项', '.fjs-dropdownlist'],
  ['All values selected', '已全部选择', '.fjs-dropdownlist'],
  ['Skip to search', '跳至搜索', '.fjs-taglist-skip-link'],
  // table
  ['Nothing to show.', '暂无数据', '.fjs-table-middle-container, .fjs-table-td'],
  ['of', '/', '.fjs-table-nav-label'],
  // dynamic list
  ['Add new', '新增一项', '.fjs-repeat-render-add'],
  ['Collapse', '收起', '.fjs-repeat-render-collapse'],
  [/^Expand all \((\d+)\)$/, '展开全部（$1）', '.fjs-repeat-render-collapse'],
  // iframe, image
  ['No content to show.', '暂无内容', '.fjs-iframe-placeholder'],
  ["External content couldn't be loaded.", '外部内容无法加载。', '.fjs-iframe-placeholder'],
  // validation (Validator.js, Datetime.js)
  ['Field is required.', '此项为必填项。', '.fjs-form-field-error'],
  ['Value is not a number.', '请输入数字。', '.fjs-form-field-error'],
  ['Value is expected to be an integer.', '请输入整数。', '.fjs-form-field-error'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, '最多保留 $1 位小数。', '.fjs-form-field-error'],
  [
    /^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    '请输入有效的数值，最接近的有效值为 $1 和 $2。',
    '.fjs-form-field-error'
  ],
  [/^Field must match pattern (.+)\.$/, '格式不正确。', '.fjs-form-field-error'],
  [/^Field must have minimum value of (.+)\.$/, '不得小于 $1。', '.fjs-form-field-error'],
  [/^Field must have maximum value of (.+)\.$/, '不得大于 $1。', '.fjs-form-field-error'],
  [/^Field must have minimum length of (\d+)\.$/, '至少填写 $1 个字。', '.fjs-form-field-error'],
  [/^Field must have maximum length of (\d+)\.$/, '最多填写 $1 个字。', '.fjs-form-field-error'],
  [/^Field must be a valid\s+international phone number\./, '请填写有效的电话号码（含国际区号，如 +867503001234）。', '.fjs-form-field-error'],
  ['Field must be a valid email.', '请填写有效的电子邮箱地址。', '.fjs-form-field-error'],
  ['Date and time must both be entered.', '请同时填写日期和时间。', '.fjs-form-field-error']
];

/** form-js's own attributes: [attribute, English, Chinese, where]. */
const ATTRIBUTES = [
  ['placeholder', 'Search', '搜索', '.fjs-input'],
  // The date field's placeholder is the browser region's date format (mm/dd/yyyy, dd.mm.yyyy …);
  // the picker below takes and shows dates as 2026-12-09 whatever the region.
  ['placeholder', /^[dmy]{1,4}([^dmy]{1,3}[dmy]{1,4}){2}[^dmy]*$/i, '年-月-日', '.fjs-datepicker'],
  ['placeholder', 'hh:mm', '时:分', '.fjs-timepicker'],
  ['placeholder', 'hh:mm ?m', '时:分 上午/下午', '.fjs-timepicker'],
  ['aria-label', 'Increment', '增加', '.fjs-number-arrow-container'],
  ['aria-label', 'Decrement', '减少', '.fjs-number-arrow-container'],
  ['aria-label', 'Previous page', '上一页', '.fjs-table-nav'],
  ['aria-label', 'Next page', '下一页', '.fjs-table-nav'],
  ['aria-label', /^Click to sort by (.+) ascending$/, '按“$1”升序排列', '.fjs-table-th'],
  ['aria-label', /^Click to sort by (.+) descending$/, '按“$1”降序排列', '.fjs-table-th'],
  ['aria-label', 'Click to remove sorting', '取消排序', '.fjs-table-th'],
  ['aria-label', /^Remove list item (\d+)$/, '删除第 $1 项', '.fjs-repeat-row-remove'],
  ['title', 'Remove tag', '移除', '.fjs-taglist-tag'],
  ['title', 'Powered by bpmn.io', '', '.fjs-powered-by'],
  ['alt', 'This is an image placeholder', '图片', '.fjs-image-placeholder'],
  ['aria-label', 'Year', '年', '.flatpickr-calendar'],
  ['aria-label', 'Month', '月', '.flatpickr-calendar'],
  ['aria-label', 'Hour', '时', '.flatpickr-calendar'],
  ['aria-label', 'Minute', '分', '.flatpickr-calendar']
];

const ATTRIBUTE_NAMES = [...new Set(ATTRIBUTES.map(([name]) => name))];

const MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];

/** flatpickr's Chinese (its l10n/zh), weeks starting on Monday as in China. */
const FLATPICKR_ZH = {
  weekdays: {
    shorthand: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: { shorthand: MONTHS, longhand: MONTHS },
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换 12/24 小时时制',
  amPM: ['上午', '下午'],
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true
};

function matches(english, text) {
  return typeof english === 'string' ? text === english : english.test(text);
}

function replaced(english, chinese, text) {
  return typeof english === 'string' ? chinese : text.replace(english, chinese);
}

function inForm(element) {
  return !!(element && element.closest && element.closest(FORM));
}

function translateText(node) {
  const element = node.parentElement;
  const text = node.data.trim();
  if (!text || !/[A-Za-z]/.test(text) || !inForm(element)) {
    return;
  }
  for (const [english, chinese, where] of TEXTS) {
    if (matches(english, text) && element.closest(where)) {
      node.data = node.data.replace(text, replaced(english, chinese, text));
      return;
    }
  }
}

function translateAttribute(element, name) {
  const value = element.getAttribute(name);
  if (!value || !/[A-Za-z]/.test(value) || !inForm(element)) {
    return;
  }
  for (const [attribute, english, chinese, where] of ATTRIBUTES) {
    if (attribute === name && matches(english, value) && element.closest(where)) {
      element.setAttribute(name, replaced(english, chinese, value));
      return;
    }
  }
}

/** A date field's picker: Chinese words, and dates typed and shown as 2026-12-09. */
function configurePicker(input) {
  const picker = input._flatpickr;
  if (!picker || picker.jiangmenChinese || !inForm(input)) {
    return;
  }
  picker.jiangmenChinese = true;
  picker.set({ locale: FLATPICKR_ZH, dateFormat: 'Y-m-d', ariaDateFormat: 'Y年n月j日' });
  // The month list is built once with the words of the time; the next months it builds are Chinese.
  if (picker.monthsDropdownContainer) {
    Array.from(picker.monthsDropdownContainer.options).forEach((option) => {
      option.textContent = MONTHS[Number(option.value)] || option.textContent;
    });
  }
}

function translateTree(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    translateText(node);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const roots = inForm(node) ? [node] : Array.from(node.querySelectorAll(FORM));
  for (const root of roots) {
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      translateText(text);
    }
    const selector = ATTRIBUTE_NAMES.map((name) => '[' + name + ']').join(',');
    [root, ...root.querySelectorAll(selector)].forEach((element) =>
      ATTRIBUTE_NAMES.forEach((name) => element.hasAttribute(name) && translateAttribute(element, name))
    );
    [root, ...root.querySelectorAll('input')].forEach(configurePicker);
  }
}

function watch() {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach(translateTree);
        // flatpickr builds its calendar beside the input once form-js has rendered it.
        if (mutation.target.querySelectorAll && inForm(mutation.target)) {
          mutation.target.querySelectorAll('input').forEach(configurePicker);
        }
      }
      else if (mutation.type === 'characterData') {
        translateText(mutation.target);
      }
      else if (mutation.type === 'attributes') {
        translateAttribute(mutation.target, mutation.attributeName);
      }
    }
  }).observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTE_NAMES
  });
  translateTree(document.body);
}

if (language === 'zh') {
  watch();
}
