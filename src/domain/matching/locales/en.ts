import type { MatchTexts } from '../match-texts';

const list = (items: string[]) => items.join(', ');
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const sentences = (items: string[]) => items.map((s) => s.replace(/[.\s]+$/, '')).join('; ');

/** The reasons of a match in English. */
export const matchTextsEn: MatchTexts = {
  goals: (shared, of, view) =>
    view === 'challenge'
      ? `Works on ${shared.length} of your ${of} goals: ${list(shared)}.`
      : `Shares ${shared.length} of the challenge's ${of} goals: ${list(shared)}.`,
  goalRelated: (r, way, view) => {
    const your = view === 'challenge' ? 'your' : "the challenge's";
    switch (way) {
      case 'theme-to-sdg':
        return `Works on ${r.actorGoal}, which is part of ${your} theme ${r.challengeGoal}.`;
      case 'sdg-to-theme':
        return `Works on the theme ${r.actorGoal}, which covers ${your} goal ${r.challengeGoal}.`;
      case 'theme-to-theme':
        return `Works on the theme ${r.actorGoal}, which shares ${list(r.sdgs)} with ${your} theme ${r.challengeGoal}.`;
    }
  },
  noGoalInCommon: (goals, view) =>
    view === 'challenge'
      ? `Works on none of your goals (${list(goals)}).`
      : `Shares none of the challenge's goals (${list(goals)}).`,
  area: (area, via, fit) => {
    switch (fit) {
      case 'itself':
        return `Serves ${area}.`;
      case 'county':
        return `Serves ${area} through ${list(via)}.`;
      case 'country':
        return `Serves ${area} as part of all of Sweden.`;
      case 'part':
        return `Serves part of ${area}: ${list(via)}.`;
    }
  },
  areaNotServed: (areas, view) =>
    view === 'challenge'
      ? `Does not serve your area (${list(areas)}).`
      : `Does not serve the challenge's area (${list(areas)}).`,
  cpv: (actorCode, challengeCode, fit, view) => {
    const your = view === 'challenge' ? 'your' : "the challenge's";
    switch (fit) {
      case 'same':
        return `Offers ${actorCode}.`;
      case 'category':
        return `Offers ${actorCode}, in the same category as ${your} ${challengeCode}.`;
      case 'group':
        return `Offers ${actorCode}, in the same group as ${your} ${challengeCode}.`;
    }
  },
  text: (words, of, view) =>
    view === 'challenge'
      ? `Its own description uses ${words.length} of the ${of} words of your title: ${list(words)}.`
      : `Its own description uses ${words.length} of the ${of} words of the challenge's title: ${list(words)}.`,
  reservedEligible: (label) =>
    `Can take part in a ${lowerFirst(label)} (the engine finds it open for this case).`,
  reservedMaybe: (label, conditions) =>
    `Can take part in a ${lowerFirst(label)} if: ${sentences(conditions)}.`,
  reservedUnknown: (label, questions) =>
    questions.length === 0
      ? `May be able to take part in a ${lowerFirst(label)}; the engine cannot tell from the directory.`
      : `May be able to take part in a ${lowerFirst(label)}; the directory does not say: ${sentences(questions)}.`,
  reservedNotEligible: (label, reasons) =>
    `Cannot take part in a ${lowerFirst(label)}: ${sentences(reasons)}.`,
  experience: (collaborations) => {
    const named = collaborations.map((c) => {
      const about = [
        [c.form, c.partner !== '' ? `with ${c.partner}` : ''].filter((p) => p).join(' '),
        c.year === null ? '' : String(c.year),
      ].filter((p) => p !== '');
      return about.length === 0 ? c.title : `${c.title} (${about.join(', ')})`;
    });
    return named.length === 1
      ? `Has done a similar collaboration: ${named[0]}.`
      : `Has done similar collaborations: ${named.join('; ')}.`;
  },
  forms: {
    grant: 'grant',
    iop: 'IOP',
    'direct-award': 'direct award',
    'advertised-procurement': 'advertised procurement',
    'innovation-partnership': 'innovation partnership',
    'reserved-work-integration': 'procurement reserved for work integration',
    'reserved-mission-based': 'procurement reserved under 19 kap. 25 § LOU',
    'reserved-ideburen': 'procurement reserved for idea-driven organisations',
    lov: 'choice system (LOV)',
    'lov-reserved-ideburen': 'choice system reserved for idea-driven organisations',
    'early-dialogue': 'early dialogue',
    'social-considerations': 'procurement with social considerations',
  },
  points: (points) => (points === 1 ? '+1 point' : `+${points} points`),
};
