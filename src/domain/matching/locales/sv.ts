import type { MatchTexts } from '../match-texts';

const list = (items: string[]) => items.join(', ');
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const sentences = (items: string[]) => items.map((s) => s.replace(/[.\s]+$/, '')).join('; ');

/** The reasons of a match in Swedish. */
export const matchTextsSv: MatchTexts = {
  goals: (shared, of, view) =>
    view === 'challenge'
      ? `Arbetar med ${shared.length} av era ${of} mål: ${list(shared)}.`
      : `Delar ${shared.length} av utmaningens ${of} mål: ${list(shared)}.`,
  goalRelated: (r, way, view) => {
    const your = view === 'challenge' ? 'ert' : 'utmaningens';
    switch (way) {
      case 'theme-to-sdg':
        return `Arbetar med ${r.actorGoal}, som ingår i ${your} tema ${r.challengeGoal}.`;
      case 'sdg-to-theme':
        return `Arbetar med temat ${r.actorGoal}, som omfattar ${your} mål ${r.challengeGoal}.`;
      case 'theme-to-theme':
        return `Arbetar med temat ${r.actorGoal}, som delar ${list(r.sdgs)} med ${your} tema ${r.challengeGoal}.`;
    }
  },
  noGoalInCommon: (goals, view) =>
    view === 'challenge'
      ? `Arbetar inte med något av era mål (${list(goals)}).`
      : `Delar inget av utmaningens mål (${list(goals)}).`,
  area: (area, via, fit) => {
    switch (fit) {
      case 'itself':
        return `Verkar i ${area}.`;
      case 'county':
        return `Verkar i ${area} genom ${list(via)}.`;
      case 'country':
        return `Verkar i ${area} som en del av hela Sverige.`;
      case 'part':
        return `Verkar i en del av ${area}: ${list(via)}.`;
    }
  },
  areaNotServed: (areas, view) =>
    view === 'challenge'
      ? `Verkar inte i ert område (${list(areas)}).`
      : `Verkar inte i utmaningens område (${list(areas)}).`,
  cpv: (actorCode, challengeCode, fit, view) => {
    const your = view === 'challenge' ? 'er' : 'utmaningens';
    switch (fit) {
      case 'same':
        return `Erbjuder ${actorCode}.`;
      case 'category':
        return `Erbjuder ${actorCode}, i samma kategori som ${your} ${challengeCode}.`;
      case 'group':
        return `Erbjuder ${actorCode}, i samma grupp som ${your} ${challengeCode}.`;
    }
  },
  text: (words, of, view) =>
    view === 'challenge'
      ? `Den egna beskrivningen använder ${words.length} av de ${of} orden i er rubrik: ${list(words)}.`
      : `Den egna beskrivningen använder ${words.length} av de ${of} orden i utmaningens rubrik: ${list(words)}.`,
  reservedEligible: (label) =>
    `Kan delta i ${lowerFirst(label)} (motorn finner den öppen för det här fallet).`,
  reservedMaybe: (label, conditions) =>
    `Kan delta i ${lowerFirst(label)} om: ${sentences(conditions)}.`,
  reservedUnknown: (label, questions) =>
    questions.length === 0
      ? `Kan kanske delta i ${lowerFirst(label)}; motorn kan inte avgöra det utifrån katalogen.`
      : `Kan kanske delta i ${lowerFirst(label)}; katalogen säger inte: ${sentences(questions)}.`,
  reservedNotEligible: (label, reasons) =>
    `Kan inte delta i ${lowerFirst(label)}: ${sentences(reasons)}.`,
  experience: (collaborations) => {
    const named = collaborations.map((c) => {
      const about = [
        [c.form, c.partner !== '' ? `med ${c.partner}` : ''].filter((p) => p).join(' '),
        c.year === null ? '' : String(c.year),
      ].filter((p) => p !== '');
      return about.length === 0 ? c.title : `${c.title} (${about.join(', ')})`;
    });
    return named.length === 1
      ? `Har gjort ett liknande samarbete: ${named[0]}.`
      : `Har gjort liknande samarbeten: ${named.join('; ')}.`;
  },
  forms: {
    grant: 'bidrag',
    iop: 'IOP',
    'direct-award': 'direktupphandling',
    'advertised-procurement': 'annonserad upphandling',
    'innovation-partnership': 'innovationspartnerskap',
    'reserved-work-integration': 'upphandling reserverad för arbetsintegrering',
    'reserved-mission-based': 'upphandling reserverad enligt 19 kap. 25 § LOU',
    'reserved-ideburen': 'upphandling reserverad för idéburna organisationer',
    lov: 'valfrihetssystem (LOV)',
    'lov-reserved-ideburen': 'valfrihetssystem reserverat för idéburna organisationer',
    'early-dialogue': 'tidig dialog',
    'social-considerations': 'upphandling med sociala hänsyn',
  },
  points: (points) => (points === 1 ? '+1 poäng' : `+${points} poäng`),
};
