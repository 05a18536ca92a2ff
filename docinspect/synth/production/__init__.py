"""A genuine document made the way an issuer makes one: one module per production step.

:func:`docinspect.synth.documents.build_document` runs the steps in order on a
:class:`~docinspect.synth.production.context.Build`: substrate (paper, watermark, fibres,
thread, planchettes), background printing (offset guilloche, rainbow, UV ink, microprint,
iridescent band, see-through register), intaglio (heading, emblem, latent image, OVI),
personalisation (data, portrait, ghost image, signature, MRZ), numbering (laser perforation,
letterpress sticker number), protection (UV overprint, DOVID, laminate). Each step records a
security-feature region for what it makes: the lights and loupe power that show it.
"""
