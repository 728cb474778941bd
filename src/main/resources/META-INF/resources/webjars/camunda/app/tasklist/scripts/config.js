/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Changed for the Jiangmen trade-subsidy application from the config.js of Camunda 7.24.0's
// Tasklist (camunda-webapp-webjar): Tasklist is offered in Simplified Chinese (../locales/zh.json)
// to browsers whose first language is Chinese, English to all others; the keyboard shortcuts'
// descriptions follow the same choice, and so do the dates (requireJsConfig, loading
// scripts/dates-follow-language.js), the header's name, the words the forms write themselves
// (customScripts: scripts/form-js-zh.js) and the engine's refusals (scripts/officer-view.js).
// Otherwise as shipped.

// The language Tasklist picks (its own rule): the first part of the browser's first language.
const browserLanguage = ((Array.isArray(navigator.languages) && navigator.languages[0]) || navigator.language || '')
  .split('-')[0]
  .toLowerCase();
const zh = browserLanguage === 'zh';

export default {
  // The header's name: "江门市外贸扶持资金 任务办理" instead of "Camunda Tasklist".
  ...(zh ? { app: { vendor: '江门市外贸扶持资金', name: '任务办理' } } : {}),
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  locales: {
    availableLocales: ['en', 'zh'],
    fallbackLocale: 'en'
  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // form-js 1.8.7 has no translations: its own words and its date picker in Chinese.
  customScripts: ['scripts/form-js-zh'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  requireJsConfig: {
    // Dates in the language of the words: see scripts/dates-follow-language.js. The cards'
    // priorities and the engine's refusals as an officer reads them: scripts/officer-view.js. The
    // review forms' evidence links open beside the form: scripts/evidence-links.js.
    ngDeps: ['jiangmen.tasklist.datesFollowLanguage', 'jiangmen.tasklist.officerView'],
    deps: ['scripts/dates-follow-language', 'scripts/officer-view', 'scripts/evidence-links']
  },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: zh ? '认领当前选中的任务' : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: zh ? '将焦点移到第一个过滤器' : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: zh ? '将焦点移到列表中的第一项任务' : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: zh ? '将焦点移到任务表单的第一个输入框' : 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: zh ? '打开“发起流程”对话框' : 'opens the start process modal dialog'
    }
  }
};
