/** Cases for the choice of rule set: every period, and the day on each side of every boundary. */
import type { RuleCase } from '../testing/rule-case';

const TRANSITION = 'prop. 2021/22:5 pp. 179–180; övergångsbestämmelse p. 2 to SFS 2021:1113';

function on(startDate: string, ruleSet: string, act: string, source: string): RuleCase {
  return {
    name: `A procurement started on ${startDate} is governed by ${ruleSet} (${act})`,
    source,
    case: { startDate, buyer: { kind: 'municipality' } },
    expect: { 'advertised-procurement': 'allowed' },
    expectRegime: { ruleSet, act },
  };
}

/** Rule-set cases. */
export const RULE_SET_CASES: RuleCase[] = [
  on('2014-07-01', 'lou-2014-07', 'LOU 2007:1091', 'prop. 2013/14:133'),
  on('2015-06-15', 'lou-2014-07', 'LOU 2007:1091', 'prop. 2013/14:133'),
  on('2016-12-31', 'lou-2014-07', 'LOU 2007:1091', 'prop. 2015/16:195'),
  on('2017-01-01', 'lou-2017-01', 'LOU 2016:1145', 'prop. 2015/16:195'),
  on('2018-12-31', 'lou-2017-01', 'LOU 2016:1145', 'SFS 2018:1159'),
  on('2019-01-01', 'lou-2019-01', 'LOU 2016:1145', 'SFS 2018:1159'),
  on('2022-01-31', 'lou-2019-01', 'LOU 2016:1145', TRANSITION),
  on('2022-02-01', 'lou-2022-02', 'LOU 2016:1145', TRANSITION),
  on('2022-12-31', 'lou-2022-02', 'LOU 2016:1145', 'prop. 2021/22:135'),
  on('2023-01-01', 'lou-2023-01', 'LOU 2016:1145', 'prop. 2021/22:135'),
  on('2026-11-26', 'lou-2023-01', 'LOU 2016:1145', 'prop. 2021/22:135'),
];
