package fr.vigie.intake;

/** Kind of place where the ad or post was seen. */
public enum Platform {
    CLASSIFIED_AD, SOCIAL_NETWORK, MESSAGING, DATING, FORUM, OTHER
}
