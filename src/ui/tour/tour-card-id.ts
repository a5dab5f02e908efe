/** The playing tour's card, for whatever hands the focus back to it (the disclaimer). */
export const TOUR_CARD_ID = 'tour-card';
