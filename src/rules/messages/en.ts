import type { MessageCode } from './sv';

/** English texts of every reason, condition, risk, question and label the rules produce. */
export const en: Record<MessageCode, string> = {
  'relationship.no-payment-for-defined-service':
    'The public body does not pay for a service it has defined itself, so there is no contract with economic terms that must be procured.',
  'relationship.payment-for-defined-service':
    'The public body pays for a service it has defined itself. That is a purchase of direct economic interest, a contract that must be procured whatever the agreement is called (HFD 2020 ref. 15).',
  'relationship.payment-unknown':
    'It is unknown whether the public body pays for a service it has defined itself. If it does, it is a purchase that must be procured.',
  'relationship.no-enforceable-obligations':
    'There are no mutual obligations enforceable by penalties, damages or a right to demand performance.',
  'relationship.enforceable-obligations':
    'The agreement has enforceable obligations (penalties, damages or a right to demand performance). Such sanctions point to a contract, not a grant or a partnership.',
  'relationship.obligations-unknown':
    'It is unknown whether the agreement has obligations enforceable by sanctions. Such sanctions point to a contract.',
  'relationship.kl-general-interest':
    'The support must concern a matter of general interest linked to the municipality’s or region’s area or members, and may not be individual support to a particular business without exceptional reasons.',
  'relationship.state-aid':
    'The state-aid rules apply if the organisation carries on an economic activity: de minimis aid may be at most {deMinimisEur} per organisation over three years, or at most {sgeiEur} for services of general economic interest (SGEI). Above that, the conditions for SGEI compensation must be met.',
  'relationship.state-aid-no-ceiling':
    'The state-aid rules apply if the organisation carries on an economic activity. samverka has no de minimis ceilings for this date.',
  'relationship.label-does-not-decide':
    'What the agreement is called does not decide. A "grant" or "partnership" that is in fact payment for an ordered service is an unlawful direct award (HFD 2020 ref. 15, Alingsås: a procurement fine of SEK 5 million).',
  'relationship.market-exists':
    'Others offer the same service for payment. Support to an activity on a market may be state aid, and the agreement will be examined more closely.',
  'relationship.initiated-by-buyer':
    'The initiative comes from the public body. A grant normally supports an activity the organisation started itself; an activity the public body initiated and described looks like a purchase.',
  'relationship.recipient-may-be-authority':
    'The organisation is under public controlling influence and may itself be a body governed by public law that must procure.',
  'grant.own-activity': 'The support goes to the organisation’s own activity.',
  'grant.not-own-activity':
    'The support does not go to the organisation’s own activity. A grant requires that the organisation itself runs what is supported.',
  'grant.own-activity-unknown':
    'It is unknown whether the support goes to the organisation’s own activity, which a grant requires.',
  'iop.both-contribute': 'The organisation contributes its own resources; both parties contribute.',
  'iop.no-own-contribution':
    'The organisation contributes no resources of its own. A partnership requires both parties to contribute; without that it is a grant or a purchase.',
  'iop.contribution-unknown':
    'It is unknown whether the organisation contributes its own resources, which a partnership requires.',
  'iop.shared-goal':
    'The parties must share a societal goal and a joint analysis of the challenge, and the agreement must be in writing.',
  'iop.not-in-statute':
    'IOP is not regulated in statute. Each partnership is tested against the procurement and state-aid rules case by case.',
  'iop.not-own-activity':
    'The activity is not the organisation’s own. A partnership normally rests on the organisation’s own initiative and activity.',

  'direct-award.within-limit':
    'The value, {total} including earlier direct awards of the same kind in the financial year, is at most the direct-award limit of {limit}.',
  'direct-award.above-limit':
    'The value, {total} including earlier direct awards of the same kind in the financial year, exceeds the direct-award limit of {limit}.',
  'direct-award.within-welfare-exemption':
    'The value, {total}, is at most the limit of the advertising exemption for welfare services, {limit}.',
  'direct-award.above-welfare-exemption':
    'The value, {total}, exceeds the limit of the advertising exemption for welfare services, {limit}.',
  'direct-award.limit-unknown':
    'Whether a direct award is lawful depends on the value and on which direct-award limit applies, which depends on facts not given.',
  'direct-award.limit-missing':
    'The direct-award limit for the period is the SEK equivalent of {limitEur}. The SEK figure is not verified in samverka; the value must not exceed it.',
  'direct-award.limit-missing-risk':
    'The SEK figure of the direct-award limit for the period is missing. Check it with Upphandlingsmyndigheten before deciding.',
  'direct-award.at-limit':
    'The value equals the limit exactly. The statute says "at most", but Upphandlingsmyndigheten’s table says "below"; advertise if you want to be safe.',
  'direct-award.limit-not-confirmed':
    'No change of the limit after 2022-02-01 was found in the sources samverka relies on, but they only reach {checkedThrough}. Check that the limit still applies.',
  'direct-award.documentation':
    'The authority must have guidelines for direct awards and document the reasons for the decision when the value exceeds SEK 100,000.',
  'direct-award.special-grounds':
    'Above the limit a direct award is lawful only on special grounds, such as extreme urgency or a negotiated procedure without prior publication.',
  'direct-award.no-splitting':
    'Purchases of the same kind in the financial year are added together. Splitting a purchase to stay under the limit is not allowed.',

  'advertised.own-design':
    'Below the threshold you procure under chapter 19: you design the procedure yourselves but must describe it clearly in the procurement documents.',
  'advertised.named-procedures':
    'Below the threshold you procure with the simplified procedure (förenklat förfarande) or the selective procedure (urvalsförfarande).',
  'advertised.special-services':
    'The service is a social or other specific service (bilaga 2) and is procured under chapter 19 whatever its value.',
  'advertised.special-above':
    'The value reaches the threshold for social and other specific services: the procurement must be advertised in the EU database (TED), and the rules on technical specifications and contract award notices apply.',
  'advertised.directive':
    'The value reaches the threshold: the procurement uses one of the directive procedures (open, restricted, competitive procedure with negotiation or competitive dialogue).',
  'advertised.depends':
    'An advertised procurement is always possible. Which rules apply depends on the value and the service: national rules below the threshold and for social services, the directive procedures otherwise.',
  'advertised.welfare':
    'Welfare services below the threshold must be advertised in a publicly available database; the EU principles apply only if the procurement is of definite cross-border interest (given: {crossBorder}).',
  'advertised.principles':
    'The procurement must respect equal treatment, non-discrimination, transparency, proportionality and mutual recognition.',

  'innovation.not-in-force':
    'The innovation partnership came with LOU (2016:1145) and exists for procurements started from 2017-01-01.',
  'innovation.not-on-market': 'There is no market for the service, so it may need to be developed.',
  'innovation.on-market':
    'Others already offer the same service for payment. An innovation partnership is for developing what the market does not offer.',
  'innovation.market-unknown':
    'It is unknown whether the service is already on the market. An innovation partnership requires that it is not.',
  'innovation.procedure':
    'The procedure must follow the rules on innovation partnerships: goals and milestones for the development, and terms for then buying the result.',
  'innovation.narrow-exception':
    'The exception for research and development services is read narrowly and does not replace an innovation partnership.',

  'reserved.whole-term':
    'The conditions are checked at qualification and must be met for the whole term of the contract.',
  'reserved.notice': 'The contract notice must say that the procurement is reserved.',
  'reserved.services-unknown':
    'Which services are procured is unknown. The reservation applies only to certain services.',
  'reserved.additional-cpv-outside':
    'Additional CPV codes fall outside the services that may be reserved: {codes}.',
  'reserved.luf-not-verified':
    'The reservation is in LOU. samverka has no verified source for a corresponding rule in LUF.',
  'reserved.luf-section-not-verified':
    'According to Upphandlingsmyndigheten LUF has a corresponding rule, but its section is not verified in samverka.',

  'work-integration.not-covered':
    'Before 2017-01-01 an earlier rule on reserved contracts in LOU (2007:1091) applied, with other conditions. samverka does not hold it.',
  'work-integration.main-aim-required':
    'Participation may be reserved for sheltered workshops or suppliers whose main aim is the social and professional integration of people with disabilities or people who find it hard to enter the labour market.',
  'work-integration.main-aim': 'The organisation’s main aim is work integration.',
  'work-integration.no-main-aim':
    'The organisation’s main aim is not work integration, so it cannot take part in such a reserved procurement.',
  'work-integration.share-required':
    'At least {minShare} % of those employed or engaged must be people with disabilities or people who find it hard to enter the labour market.',
  'work-integration.share-met':
    'The share of people far from the labour market is {share} %, which meets the requirement of at least {minShare} %.',
  'work-integration.share-not-met':
    'The share of people far from the labour market is {share} %, below the requirement of at least {minShare} %.',

  'mission-based.not-in-force':
    'Reservation under Article 77 came into LOU on 2019-01-01 (19 kap. 6 a §) and does not exist for procurements started before that.',
  'mission-based.services-listed':
    'The service ({cpv}) is one of the health, social and cultural services that may be reserved.',
  'mission-based.services-not-listed':
    'The service ({cpv}) is not among the services that may be reserved under Article 77.',
  'mission-based.duration-required': 'The contract may run for at most {max} months.',
  'mission-based.duration-ok': 'The term, {months} months, is at most {max} months.',
  'mission-based.duration-too-long':
    'The term, {months} months, is longer than the at most {max} months such a reservation allows.',
  'mission-based.reinvests-required':
    'The organisation’s profits must be reinvested to achieve its objective.',
  'mission-based.reinvests': 'The organisation reinvests its profits.',
  'mission-based.no-reinvest':
    'The organisation does not reinvest its profits, which the reservation requires.',
  'mission-based.participation-required':
    'Management or ownership must rest on employee ownership or participation, or require active participation of employees, users or stakeholders.',
  'mission-based.participation': 'The organisation has participatory governance.',
  'mission-based.no-participation':
    'The organisation lacks the participatory governance the reservation requires.',
  'mission-based.mission-required':
    'The organisation’s objective must be the pursuit of a public-service mission linked to the services.',
  'mission-based.repeat-award':
    'The organisation was awarded a reserved contract for the same services in the last three years. The directive (Article 77(2)(d)) then excludes a new reservation; whether Swedish law has the same rule is not verified in samverka.',
  'mission-based.repeat-award-general':
    'The directive (Article 77(2)(d)) excludes an organisation awarded such a reserved contract for the same services in the last three years; whether Swedish law has the same rule is not verified in samverka.',
  'mission-based.welfare-scope':
    'Under the 2019–2022 rules the reservation applied to welfare services (bilaga 2 a). samverka holds only part of that list.',

  'ideburen.not-in-force':
    'Reservation for idea-driven organisations applies to procurements started from 2023-01-01.',
  'ideburen.services-bilaga-2':
    'The service ({cpv}) is a social or other specific service of bilaga 2.',
  'ideburen.services-not-bilaga-2':
    'The service ({cpv}) is not a social or other specific service of bilaga 2, and only certain such services may be reserved for idea-driven organisations.',
  'ideburen.cpv-list-unverified':
    'The service must be one of those listed in 19 kap. 25 a § LOU. That list is not verified in samverka; check that your CPV code is on it.',
  'ideburen.public-benefit-required':
    'The organisation must be idea-driven: its purpose must be exclusively for the public benefit under its statutes or equivalent, and serve the purpose of the service.',
  'ideburen.public-benefit': 'The organisation’s purpose is exclusively for the public benefit.',
  'ideburen.no-public-benefit':
    'The organisation’s purpose is not exclusively for the public benefit, so it is not idea-driven in the legal sense.',
  'ideburen.no-public-control-required':
    'Neither the state, a region nor a municipality may have legal controlling influence over the organisation.',
  'ideburen.no-public-control': 'No public body has controlling influence over the organisation.',
  'ideburen.public-control':
    'A public body has controlling influence over the organisation, which excludes it.',
  'ideburen.value-transfers-required':
    'The organisation may make value transfers only to other idea-driven organisations or to research.',
  'ideburen.value-transfers': 'The organisation makes only permitted value transfers.',
  'ideburen.value-transfers-not-allowed':
    'The organisation makes value transfers that are not permitted, which excludes it.',
  'ideburen.purpose-serves-service':
    'The organisation’s public-benefit purpose must help fulfil the purpose of the service.',
  'ideburen.eu-law-risk':
    'The reservation for idea-driven organisations has no direct counterpart in the EU directive and has not been tested in Swedish courts. The CJEU accepted a similar scheme (C-436/20), but a Norwegian counterpart was struck down in 2024 by Borgarting lagmannsrett.',
  'ideburen.registered':
    'The organisation is in Kammarkollegiet’s register of idea-driven organisations, which shows the conditions were met at registration.',
  'ideburen.not-registered':
    'The organisation is not registered as idea-driven. Registration is voluntary and shows the conditions are met; whether it is required to take part is not verified in samverka.',

  'lov.buyer-ok': 'Municipalities and regions may set up choice systems under LOV.',
  'lov.buyer-not-municipality':
    'Only municipalities and regions may set up choice systems under LOV.',
  'lov.buyer-unknown': 'The kind of buyer is unknown; LOV applies to municipalities and regions.',
  'lov.services-in-scope': 'The service ({cpv}) is a health or social service covered by LOV.',
  'lov.services-out-of-scope': 'The service ({cpv}) is not covered by LOV.',
  'lov.services-unknown': 'The service is unknown; LOV covers certain health and social services.',
  'lov.users-choose-required':
    'Users must choose themselves among all approved providers, and there must be a default for those who do not choose.',
  'lov.users-choose': 'Users choose themselves among all approved providers.',
  'lov.users-do-not-choose':
    'Users do not choose the provider themselves. A choice system rests on the user’s choice.',
  'lov.equal-terms':
    'Every applicant that meets the requirements must be approved, get the same compensation, and the system must be advertised on Valfrihetswebben.',
  'lov.additional-cpv-outside': 'Additional CPV codes are not covered by LOV: {codes}.',
  'lov.region-primary-care': 'For regions a choice system is mandatory in primary care.',
  'lov-ideburen.not-in-force':
    'Choice systems may be reserved for idea-driven organisations from 2023-01-01.',
  'lov-ideburen.not-primary-care':
    'The reservation may not be used for primary-care choice systems.',

  'early-dialogue.allowed':
    'Dialogue with possible partners and suppliers before the requirements are fixed is allowed and often wise.',
  'early-dialogue.equal-treatment':
    'The dialogue must treat everyone equally: the same information to all and nothing that gives anyone a head start.',
  'early-dialogue.document':
    'Document the dialogue and share any information given to one with all.',
  'social-considerations.allowed':
    'Social and labour-law considerations and special working conditions can be required in any procurement where its nature justifies them.',
  'social-considerations.proportionate':
    'The requirements must be linked to the subject of the contract and be proportionate.',
  'social-considerations.mandatory-unverified':
    'It was proposed that such considerations become mandatory (Ds 2021:31); whether and when that was enacted is not verified in samverka.',

  'amount.derived':
    '{what} for the period ({amount}) is computed from verified values, not read in an official table, and may be off by one krona.',
  'amount.eur-only':
    '{what} for the period is {eur}. The SEK figure is not verified in samverka, so comparisons with it cannot be decided.',
  'amount.not-published':
    '{what} for the period has not been published yet, or is not in samverka.',
  'amount.missing': 'samverka has no {what} for this combination of date and service.',
  'regime.b-services-not-covered':
    'Before 2017-01-01 LOU (2007:1091) applied with its list of B-services. samverka does not hold that list, so whether the service was a B-service cannot be decided.',
  'regime.welfare-list-partial':
    'The list of welfare services (bilaga 2 a, 2019–2022) is only partly in samverka; whether the service was a welfare service cannot be decided for every code.',
  'regime.act-unknown':
    'Which act applies depends on the buyer: LUF for contracting entities in the utilities sectors, otherwise LOU.',
  'form.available-if': 'The form is open if the conditions below are met.',
};
