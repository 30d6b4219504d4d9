import { createContext, useContext } from 'react';
import { DEFAULT_SETTINGS, type PublicationProfile } from '../../shared/api/settings';

/** The publication profile in force (caption style, language…), for components deep in the tree. */
export const PublicationContext = createContext<PublicationProfile>(DEFAULT_SETTINGS.publication);

export const usePublication = (): PublicationProfile => useContext(PublicationContext);
