/*
 * Jiangmen trade-subsidy application: Tasklist's dates ("创建于 9 个月前", month and weekday
 * names) in the language of its words. Loaded by config.js (requireJsConfig).
 *
 * For a Chinese browser Tasklist loads locales/zh.json and, as its fallback, locales/en.json side
 * by side. Each file, when it arrives, makes its dateLocales moment's global locale: whichever
 * arrives last wins, and on some loads the officer read "Created 9 months ago" in English among
 * Chinese words. Each time a locale file has been loaded, this sets moment back to the language
 * Tasklist speaks (and has angular-moment redraw its relative times).
 */
define(['angular'], function (angular) {
  'use strict';

  angular.module('jiangmen.tasklist.datesFollowLanguage', ['pascalprecht.translate', 'angularMoment']).run([
    '$rootScope',
    '$translate',
    'moment',
    'amMoment',
    function ($rootScope, $translate, moment, amMoment) {
      function follow() {
        var language = $translate.use();
        if (language && moment.locale() !== language && moment.locales().indexOf(language) > -1) {
          amMoment.changeLocale(language);
        }
      }

      $rootScope.$on('$translateChangeSuccess', follow);
      $rootScope.$on('$translateChangeEnd', follow);
      follow();
    }
  ]);
});
