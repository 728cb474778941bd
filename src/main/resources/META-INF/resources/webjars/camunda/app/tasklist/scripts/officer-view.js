/*
 * Jiangmen trade-subsidy application: what Tasklist shows an officer beyond its translated
 * labels. Loaded by config.js (requireJsConfig).
 *
 * - A card's priority: the engine's default (50) is no information and is hidden; a raised
 *   priority (the procedure raises it for a reminder and an escalation) shows as 加急. Done with
 *   classes on the card's priority cell; user-styles.css draws them.
 * - The engine's refusals: Tasklist shows them as it gets them, in English ("The user with id
 *   'city-officer' does not have one of the following permissions: 'TASK_ASSIGN' …"). A
 *   Chinese browser reads what they mean instead.
 */
define(['angular'], function (angular) {
  'use strict';

  var DEFAULT_PRIORITY = 50;

  var language = ((Array.isArray(navigator.languages) && navigator.languages[0]) || navigator.language || '')
    .split('-')[0]
    .toLowerCase();

  /** The engine's messages Tasklist passes on, each with what it means for an officer. */
  var REFUSALS = [
    {
      // The app's own refusal (UserCommandGuard), which names nothing: said as the officer reads it.
      pattern: /does not have .*permission|无权执行此操作/i,
      text: '您无权办理此任务：它不由您所在的部门办理，或已不在您的办理范围内。'
    },
    {
      pattern: /is already claimed by/i,
      text: '此任务已被他人认领。'
    },
    {
      pattern: /No matching task|task is null|Cannot find task/i,
      text: '找不到此任务：它可能已经办结，或不在您的办理范围内。'
    },
    {
      pattern: /is suspended/i,
      text: '此申报的流程已暂停，暂不能办理。请联系系统管理员。'
    }
  ];

  function officerMessage(message) {
    if (typeof message !== 'string') {
      return message;
    }
    for (var i = 0; i < REFUSALS.length; i++) {
      if (REFUSALS[i].pattern.test(message)) {
        return REFUSALS[i].text;
      }
    }
    return message;
  }

  var officerView = angular.module('jiangmen.tasklist.officerView', []);

  // The priority cell of a task card: <div class="priority">{{ task.priority }}</div>.
  officerView.directive('priority', function () {
    return {
      restrict: 'C',
      link: function (scope, element) {
        scope.$watch('task.priority', function (priority) {
          var known = typeof priority === 'number';
          element.toggleClass('jm-priority-normal', known && priority <= DEFAULT_PRIORITY);
          element.toggleClass('jm-priority-raised', known && priority > DEFAULT_PRIORITY);
        });
      }
    };
  });

  if (language === 'zh') {
    officerView.decorator('Notifications', [
      '$delegate',
      function (notifications) {
        var addError = notifications.addError;
        notifications.addError = function (notification) {
          if (notification && notification.message) {
            notification.message = officerMessage(notification.message);
          }
          return addError.apply(this, arguments);
        };
        return notifications;
      }
    ]);
  }

  return officerView;
});
