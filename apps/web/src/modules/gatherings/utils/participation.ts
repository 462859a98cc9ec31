/** Conveners and people with a place take part: propose, star, join rooms. */
export const isParticipant = (gathering: { viewerIsConvener: boolean; viewerRegistration: { status: string } | null }): boolean =>
  gathering.viewerIsConvener ||
  gathering.viewerRegistration?.status === 'REGISTERED' ||
  gathering.viewerRegistration?.status === 'ATTENDED';
