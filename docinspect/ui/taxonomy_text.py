"""Taxonomy names and descriptions as translatable strings (context "Taxonomy").

The taxonomy (assets/taxonomy.json) is data in English; these literal copies let
pyside6-lupdate put its names into the .ts files so a translator can give the Russian terms.
A test checks they match the taxonomy, so a change there shows up here. Ids not listed
(added to the taxonomy later) fall back to the taxonomy's English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from docinspect.model.taxonomy import load_taxonomy

FEATURE_NAMES = {
    "uv_dull_substrate": QT_TRANSLATE_NOOP("Taxonomy", "UV-dull substrate"),
    "watermark": QT_TRANSLATE_NOOP("Taxonomy", "Watermark"),
    "security_thread": QT_TRANSLATE_NOOP("Taxonomy", "Security thread"),
    "visible_fibres": QT_TRANSLATE_NOOP("Taxonomy", "Visible fibres"),
    "uv_fibres": QT_TRANSLATE_NOOP("Taxonomy", "UV-fluorescent fibres"),
    "planchettes": QT_TRANSLATE_NOOP("Taxonomy", "Planchettes"),
    "chemical_sensitisation": QT_TRANSLATE_NOOP("Taxonomy", "Chemical sensitisation"),
    "transparent_window": QT_TRANSLATE_NOOP("Taxonomy", "Transparent window"),
    "guilloche": QT_TRANSLATE_NOOP("Taxonomy", "Guilloche pattern"),
    "rainbow_printing": QT_TRANSLATE_NOOP("Taxonomy", "Rainbow printing"),
    "microprint": QT_TRANSLATE_NOOP("Taxonomy", "Microprint"),
    "intaglio": QT_TRANSLATE_NOOP("Taxonomy", "Intaglio printing"),
    "latent_image": QT_TRANSLATE_NOOP("Taxonomy", "Latent image"),
    "uv_ink": QT_TRANSLATE_NOOP("Taxonomy", "UV-fluorescent ink"),
    "ir_absorbing_ink": QT_TRANSLATE_NOOP("Taxonomy", "IR-absorbing ink"),
    "ir_transparent_ink": QT_TRANSLATE_NOOP("Taxonomy", "IR-transparent ink"),
    "ovi": QT_TRANSLATE_NOOP("Taxonomy", "Optically variable ink (OVI)"),
    "see_through_register": QT_TRANSLATE_NOOP("Taxonomy", "See-through register"),
    "iridescent_ink": QT_TRANSLATE_NOOP("Taxonomy", "Iridescent ink"),
    "deliberate_error": QT_TRANSLATE_NOOP("Taxonomy", "Deliberate error"),
    "letterpress_numbering": QT_TRANSLATE_NOOP("Taxonomy", "Letterpress numbering"),
    "portrait": QT_TRANSLATE_NOOP("Taxonomy", "Portrait"),
    "signature": QT_TRANSLATE_NOOP("Taxonomy", "Signature"),
    "personal_data": QT_TRANSLATE_NOOP("Taxonomy", "Personal data (VIZ)"),
    "document_number": QT_TRANSLATE_NOOP("Taxonomy", "Document number"),
    "laser_engraving": QT_TRANSLATE_NOOP("Taxonomy", "Laser engraving"),
    "inkjet_personalisation": QT_TRANSLATE_NOOP("Taxonomy", "Inkjet personalisation"),
    "thermal_transfer": QT_TRANSLATE_NOOP("Taxonomy", "Thermal transfer printing"),
    "laser_perforation": QT_TRANSLATE_NOOP("Taxonomy", "Laser perforation"),
    "dovid": QT_TRANSLATE_NOOP("Taxonomy", "DOVID (hologram, kinegram)"),
    "mli_cli": QT_TRANSLATE_NOOP("Taxonomy", "MLI / CLI (changeable laser image)"),
    "ghost_image": QT_TRANSLATE_NOOP("Taxonomy", "Ghost image"),
    "laminate": QT_TRANSLATE_NOOP("Taxonomy", "Security laminate"),
    "binding_thread": QT_TRANSLATE_NOOP("Taxonomy", "Binding thread"),
    "page_numbers": QT_TRANSLATE_NOOP("Taxonomy", "Page numbers"),
    "uv_overprint": QT_TRANSLATE_NOOP("Taxonomy", "UV overprint"),
    "mrz": QT_TRANSLATE_NOOP("Taxonomy", "Machine readable zone (MRZ)"),
    "barcode": QT_TRANSLATE_NOOP("Taxonomy", "Barcode"),
    "chip_symbol": QT_TRANSLATE_NOOP("Taxonomy", "Chip symbol"),
}
METHOD_NAMES = {
    "office_paper": QT_TRANSLATE_NOOP("Taxonomy", "Counterfeit on office paper"),
    "fibres_missing": QT_TRANSLATE_NOOP("Taxonomy", "Fibres missing or printed"),
    "halftone_print": QT_TRANSLATE_NOOP("Taxonomy", "Halftone or inkjet reproduction"),
    "degraded_microprint": QT_TRANSLATE_NOOP("Taxonomy", "Degraded microprint"),
    "static_ovd": QT_TRANSLATE_NOOP(
        "Taxonomy", "Static imitation of an optically variable feature"
    ),
    "no_relief": QT_TRANSLATE_NOOP("Taxonomy", "No relief"),
    "ir_anomaly": QT_TRANSLATE_NOOP("Taxonomy", "Wrong infrared behaviour"),
    "uv_motif_wrong": QT_TRANSLATE_NOOP("Taxonomy", "Wrong UV motif"),
    "printed_watermark": QT_TRANSLATE_NOOP("Taxonomy", "Printed watermark"),
    "imitation_thread": QT_TRANSLATE_NOOP("Taxonomy", "Imitation security thread"),
    "misaligned_register": QT_TRANSLATE_NOOP("Taxonomy", "Misaligned see-through register"),
    "imitated_perforation": QT_TRANSLATE_NOOP("Taxonomy", "Imitated perforation"),
    "photo_substitution": QT_TRANSLATE_NOOP("Taxonomy", "Photo substitution"),
    "data_alteration": QT_TRANSLATE_NOOP("Taxonomy", "Data alteration"),
    "mrz_check_digit": QT_TRANSLATE_NOOP("Taxonomy", "MRZ check digit wrong"),
    "page_substitution": QT_TRANSLATE_NOOP("Taxonomy", "Page substitution"),
    "data_page_swap": QT_TRANSLATE_NOOP("Taxonomy", "Data page from another booklet"),
    "rebinding": QT_TRANSLATE_NOOP("Taxonomy", "Re-binding with another thread"),
    "cover_replacement": QT_TRANSLATE_NOOP("Taxonomy", "Replaced cover"),
    "stolen_blank_personalisation": QT_TRANSLATE_NOOP(
        "Taxonomy", "Stolen blank personalised by criminals"
    ),
    "fantasy_document": QT_TRANSLATE_NOOP("Taxonomy", "Fantasy document"),
    "impostor": QT_TRANSLATE_NOOP("Taxonomy", "Impostor (look-alike)"),
    "chip_not_authentic": QT_TRANSLATE_NOOP("Taxonomy", "Chip missing or not authentic"),
    "non_polycarbonate_body": QT_TRANSLATE_NOOP(
        "Taxonomy", "Card body not polycarbonate (PVC or paper)"
    ),
    "printed_portrait": QT_TRANSLATE_NOOP(
        "Taxonomy", "Portrait and data printed, not laser-engraved"
    ),
    "delamination": QT_TRANSLATE_NOOP("Taxonomy", "Card delaminated and glued again"),
}
FEATURE_DESCRIPTIONS = {
    "uv_dull_substrate": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Security paper and the polycarbonate of a card are made without optical brighteners, the whitening agents of office paper and cheap plastics. Under a UV lamp (365 nm) a genuine page or card stays dark and dull, so that its fluorescent fibres and inks stand out. A counterfeit printed on office paper, or a card made of PVC or of paper in a pouch, glows bright blue-white all over.",
    ),
    "watermark": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A picture formed inside the paper while it is made, by making it thicker (darker) or thinner (lighter) in places. Hold the page against the light: a genuine watermark shows soft shades that blend into each other and is hard to see from the front. A counterfeit watermark is printed or pressed on the surface, so it is visible in normal light and looks flat, with hard edges.",
    ),
    "security_thread": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A thin plastic or metal strip embedded in the paper, sometimes with tiny text, sometimes glowing under UV. Against the light it shows as one continuous dark line; a 'windowed' thread comes to the surface in regular places. A forger prints a grey line or glues a strip on the surface: it is visible in normal light, can be felt or lifted, and its micro-text is missing or blurred.",
    ),
    "visible_fibres": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Short coloured fibres mixed into the paper pulp, scattered at random over the page. With a loupe you see them lie in the paper, some partly under the surface, and they can be lifted with a needle point at most at one end. Counterfeits print them as flat lines on top of the paper, often repeating the same pattern.",
    ),
    "uv_fibres": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Fibres invisible in normal light that glow under the UV lamp, usually in two or more colours. Check that they are spread at random, glow in the expected colours and, under the loupe, lie in the paper rather than on it. Counterfeits leave them out, or print short glowing dashes that repeat and sit flat on the surface.",
    ),
    "planchettes": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Tiny coloured or UV-glowing discs (about 1 mm) embedded in the paper. Under the loupe a genuine planchette is part of the paper and may be lifted at its edge; under UV some of them glow. A counterfeit prints round dots that are flat, identical and part of the ink layer.",
    ),
    "chemical_sensitisation": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The paper contains chemicals that react to erasing liquids and bleach, leaving coloured stains or marks that glow under UV. Look for stains, haloes or a changed UV reaction around the personal data. This is how a washed-out and rewritten entry betrays itself.",
    ),
    "transparent_window": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A clear window in a polycarbonate card or data page, often with a small portrait or printed detail inside it. Look through it against the light and tilt it: the detail is inside the material and may change with the angle. A forger cuts a hole and fills it, or prints the detail on a clear film, so edges, thickness or the image do not match.",
    ),
    "guilloche": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The fine interlaced line patterns (rosettes, waves, borders) in the background of the page. Under a loupe each line is sharp and unbroken, and where two colours meet the lines change colour without overlapping. A counterfeit rebuilds them from rows of printer dots (halftone or inkjet), so lines look dotted, broken or fuzzy at 4x and more.",
    ),
    "rainbow_printing": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Printing in which one colour melts smoothly into the next across the page (split-duct printing); the fine lines themselves change colour. Under a loupe the lines are solid with no dots, even where the colours mix. A colour-copier or inkjet imitation builds the mixed colours from separate dots of cyan, magenta, yellow and black.",
    ),
    "microprint": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Text so small (0.12 to 0.25 mm high) that to the eye it looks like a plain line. With a loupe of 8x or more you can read every letter, with sharp edges. Scanners and office printers cannot reproduce it: in a counterfeit the 'line' becomes a row of dots, blobs or unreadable smudges.",
    ),
    "intaglio": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A printing method that presses thick ink into the paper so the print stands up in relief; you can feel it with a fingertip. Under raking (oblique) light it casts small shadows and the lines look sharp and raised. An offset, laser or inkjet copy is flat: no shadows, nothing to feel.",
    ),
    "latent_image": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A hidden picture or text (often letters or numbers) in raised intaglio lines that only appears when the page is viewed at a low angle. Hold the document almost flat at eye level and turn it: the image appears and disappears. A copy either shows nothing, or shows the image all the time.",
    ),
    "uv_ink": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Ink that is invisible or pale in normal light and glows in a set colour under the UV lamp, drawing a motif such as an emblem or pattern. Compare shape, colours and position with a reference document. Forgers use the wrong colour, a simplified motif, an ink that glows too weakly, or none at all.",
    ),
    "ir_absorbing_ink": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Ink that stays dark in infrared light (about 850-950 nm), for example in the MRZ and parts of the design. Under the IR filter, genuine documents show only some elements; the others disappear. Counterfeits printed with ordinary inks show the wrong parts: often everything stays visible, or everything vanishes.",
    ),
    "ir_transparent_ink": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Coloured ink that looks normal in white light but disappears under infrared, leaving the IR-absorbing elements alone. Switch between white and IR light and compare which parts vanish with a reference. A counterfeit made from CMYK toner keeps visible under IR what should disappear, because black toner absorbs infrared.",
    ),
    "ovi": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Ink with tiny flakes that changes colour with the viewing angle, for example from green to blue. Tilt the document: the colour should shift clearly and evenly over the whole element. Imitations use metallic or pearlescent ink that shines but keeps the same colour when tilted.",
    ),
    "see_through_register": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A motif printed partly on the front and partly on the back of the page. Against the light the two halves fit together exactly into one picture. Counterfeits print the two sides separately, so the halves overlap, leave a gap or are slightly shifted.",
    ),
    "iridescent_ink": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A transparent, shimmering stripe or motif printed over the design, almost invisible when looking straight at it. Tilt the document under a light: it flashes gold, green or pink. Imitations use metallic ink that can be seen from every angle, or leave it out.",
    ),
    "deliberate_error": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A tiny intentional mistake the issuer hides in the design, such as a wrong letter in the microprint or a broken line in a pattern. You need a loupe and a reference to know where it is. A forger who redraws the design often 'corrects' it, or copies it poorly.",
    ),
    "letterpress_numbering": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The document number printed with metal type, which presses the ink into the paper. The digits can be felt on the back and show relief under oblique light, with ink pushed to the edges of each digit. An inkjet or laser number lies flat on the surface with no embossing.",
    ),
    "portrait": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The holder's photo, printed or engraved into the document, never glued on in modern documents. Compare the face with the person: ear shape, face proportions and the distances between eyes, nose and mouth change little with age. Check also that the portrait sits in the document's layers with no cut edges, glue or raised borders.",
    ),
    "signature": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The holder's signature, printed or engraved into the page during personalisation. It must be in the same technique as the other personal data and under the laminate or inside the card. A signature written by hand on top of a laminate, or in a different technique, is suspicious.",
    ),
    "personal_data": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Name, dates, document number and other holder data in the visual inspection zone. All entries should use the same font, size, alignment and technique, and agree with the MRZ. Altered data shows as a font, spacing or colour that differs from the rest, erasure marks, or a value that no longer matches the MRZ.",
    ),
    "document_number": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The document's number, printed in the visual zone and repeated in the MRZ, and often laser-perforated through the pages or the card. It must be the same wherever it appears, in the same font and technique as the other data. A number changed in one place only, or perforated holes that do not spell the printed number, betray a falsified document.",
    ),
    "laser_engraving": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A laser blackens the inner layers of a polycarbonate card or data page to write the data and portrait. The result is black-grey, cannot be scratched off and is often tactile: under oblique light the text shows slight relief. Printed data on the surface is coloured, lies on top and shows no relief.",
    ),
    "inkjet_personalisation": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Personal data and portrait printed by an inkjet printer, used by some issuers on paper data pages before laminating. Under the loupe it shows soft, irregular dots that bleed slightly into the paper. Compare with a reference: an inkjet entry on a document that should be laser-engraved or thermally printed is a sign of forgery.",
    ),
    "thermal_transfer": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Personalisation by melting ink from a ribbon onto the page, often used for visas and some data pages. Under the loupe the print has sharp edges, a slightly shiny surface and no dot pattern. Look for ink that sits on top and is scratched or lifted, or a different technique from the reference.",
    ),
    "laser_perforation": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Small holes burnt by a laser through the pages, forming the document number or a small portrait. Against the light the holes shine through; under a loupe they are cone-shaped, wider on the side the laser came from, with slightly darkened edges. Forgers punch or drill them, giving straight clean holes, or print dots that do not let light through.",
    ),
    "dovid": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A diffractive optically variable image device: a foil or laminate with a metallic image that moves, switches and changes colour when tilted. Tilt the document in several directions: the images must change sharply and exactly as on the reference. Imitations are static prints or cheap hologram foils that sparkle but do not show the same images.",
    ),
    "mli_cli": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Small lenses on the surface of a polycarbonate document, behind which a laser has written two images, for example the date of birth and the portrait. Tilt the document sideways: one image replaces the other. A fake shows both images at once, or one image that never changes.",
    ),
    "ghost_image": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A second, lighter copy of the holder's portrait, sometimes visible only under UV. It must be the same photo as the main portrait, in the same technique. After a photo substitution the ghost image no longer matches the new main photo, or is broken or covered.",
    ),
    "laminate": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A clear protective film over the data page, often carrying its own printed or diffractive pattern. Under raking light and the loupe it should be smooth with no bubbles, cuts or lifted edges, and its pattern should run on unbroken over the photo. A disturbed laminate means someone opened the page to change the photo or data.",
    ),
    "page_numbers": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Every page of a passport booklet carries its printed number in the same typeface, size and place, counting on from the page before. Turn through the booklet: a number that skips or repeats, or one in another typeface or out of place, marks a page that was taken from another booklet.",
    ),
    "binding_thread": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The thread that sews the passport pages into the cover, often multicoloured and glowing under UV. Check that the stitches are regular and unbroken and that the thread glows as expected. A substituted page needs re-stitching or glue: look for extra holes, a different thread or a broken UV pattern.",
    ),
    "uv_overprint": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A UV-glowing pattern printed over the data page after personalisation, covering part of the portrait. Under the UV lamp it must run on unbroken from the page over the photo. If the photo has been changed, the pattern is missing over the portrait, broken at its edge or printed separately and does not line up.",
    ),
    "mrz": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Two or three lines of OCR-B text at the bottom of the page, in ink that stays black under infrared. Check the font and spacing, that the data agrees with the visual zone, and that the check digits are right. Forgers get the check digits wrong after altering data, use another font, or print it with ink that vanishes under IR.",
    ),
    "barcode": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A 1D or 2D barcode (for example on ID cards, residence permits or visas) that repeats document data in machine-readable form, sometimes digitally signed. It must be crisp, printed in IR-absorbing ink where the issuer does so, and its decoded data must match the document. A copied or regenerated barcode is often blurred or carries data that does not match.",
    ),
    "chip_symbol": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The ICAO logo (a circle between two lines over a rectangle) that shows the document holds an electronic chip. On a genuine ePassport it is printed on the cover or data page and the chip can be read. A counterfeit may carry the symbol with no working chip behind it.",
    ),
}
METHOD_DESCRIPTIONS = {
    "office_paper": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A complete reproduction printed on ordinary paper that contains optical brighteners. Under the UV lamp the whole page glows blue-white instead of staying dull.",
    ),
    "fibres_missing": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A counterfeit without the fibres and planchettes of security paper, or with them printed flat on the surface. Under the loupe and the UV lamp the 'fibres' do not lie in the paper, or repeat in the same pattern.",
    ),
    "halftone_print": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The background patterns were scanned and reprinted with an office printer. Under the loupe, fine lines and colour transitions are made of dots instead of solid lines.",
    ),
    "degraded_microprint": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The microprint was copied by a scanner and printer that cannot resolve it. At 8x the tiny text is a dotted or smudged line with no readable letters.",
    ),
    "static_ovd": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A hologram, colour-shifting ink or changeable laser image imitated by a printed or metallic surface. When the document is tilted, nothing changes, or it only shines.",
    ),
    "no_relief": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Printing that should be raised (intaglio, letterpress numbering, laser engraving) was reproduced flat. Under raking light it casts no shadows and nothing can be felt with a fingertip.",
    ),
    "ir_anomaly": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The counterfeit was printed with ordinary inks that all behave the same in infrared. Under the IR filter the wrong elements stay visible or disappear, for example the colour design stays while it should vanish, or the MRZ fades.",
    ),
    "uv_motif_wrong": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The UV-fluorescent printing is missing, simplified or in the wrong colours. Compare the UV image with a reference document: shape, colours and brightness must match.",
    ),
    "printed_watermark": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The watermark was printed or pressed on the surface instead of being formed in the paper. It is visible in normal reflected light and shows no soft tonal shades against the light.",
    ),
    "imitation_thread": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The security thread is a printed line or a strip glued to the surface. It shows in reflected light, can be felt or lifted, and its micro-text or UV glow is missing.",
    ),
    "misaligned_register": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Front and back were printed separately, so the see-through motif does not fit together. Against the light its halves overlap, leave a gap or are shifted.",
    ),
    "imitated_perforation": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The laser-perforated number was imitated by printed dots or punched holes. Against the light printed dots stay dark; punched holes are clean, without the conical shape and brownish burnt rim of laser holes.",
    ),
    "photo_substitution": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The holder's photo in a genuine document was replaced with another person's. Look for cut edges and glue around the portrait, a disturbed laminate, a ghost image or UV overprint that no longer matches or is broken, and a different printing technique.",
    ),
    "data_alteration": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "Personal data in a genuine document were erased or scraped off and rewritten, for example the name or date of birth. The visual zone then disagrees with the MRZ, the font or alignment differs from the other entries, and erasure marks show under oblique light or UV.",
    ),
    "mrz_check_digit": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The MRZ was rewritten after the data were changed, but a check digit was not recalculated correctly. Recompute the check digits (weights 7, 3, 1) or read the MRZ with a reader: a wrong check digit means the MRZ is not what the issuer printed.",
    ),
    "page_substitution": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The data page (or another page) of a genuine passport was cut out and replaced with a counterfeit or a page from another passport. Look at the binding: extra stitch holes, glue, a different thread, and paper or thread that react differently under UV; the page number perforation may not line up.",
    ),
    "data_page_swap": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A genuine data page, cut out of another passport, sewn into this booklet in place of its own. The data page agrees with itself, so compare it with the pages behind it: the number perforated through every page must be the same and in line, and the binding must be undisturbed, with no new holes, uneven stitches or glue glowing under UV.",
    ),
    "cover_replacement": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The cover of a genuine booklet was replaced by a counterfeit one, to renew a worn booklet or to hide work at the spine. The pages are genuine; the cover is not: its board glows under UV where the issuer's stays dull, and its gold is printed flat or pressed shallow, so under raking light the title, the arms and the chip symbol cast little or no shadow.",
    ),
    "rebinding": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The booklet was taken apart and sewn again, to take out or put in a page. The new thread differs from the issuer's in colour or in its glow under UV, and the needle went through new holes beside the empty holes of the original sewing. Check the binding on several pages under white light and UV.",
    ),
    "stolen_blank_personalisation": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A genuine blank document, stolen before personalisation, filled in by criminals. All printing and protection features are genuine; the personalisation is not: a different technique (inkjet instead of laser engraving), font or layout, and often a document number from a reported batch.",
    ),
    "fantasy_document": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A document issued in the name of a state or organisation that does not exist, or that does not issue this kind of document. Check the issuing state code in the MRZ against the list of codes and the document against reference collections.",
    ),
    "impostor": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A genuine, unaltered document used by someone who looks like the holder. Every security feature passes; only the comparison of the face with the portrait shows it. Compare ears, face shape and the relative positions of eyes, nose and mouth, which change little with age or weight.",
    ),
    "chip_not_authentic": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The document shows the chip symbol but its chip does not prove it genuine: no chip answers the reader, the chip holds no travel document, passive authentication fails (a self-made signer bearing the state's name, a revoked signer whose key leaked), or the chip passes but holds another document's data (a cloned chip). Read the chip and compare DG1 and DG2 with the page.",
    ),
    "non_polycarbonate_body": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A card counterfeited on PVC or on paper sealed in a pouch instead of polycarbonate. Under the UV lamp the body glows blue-white where a polycarbonate card stays dull; against the light it lets light through (paper shows its cloudy formation) where polycarbonate is nearly opaque; a clear window is only a grey patch printed on it.",
    ),
    "printed_portrait": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "The portrait and data of a counterfeit card were printed on its surface with an office printer instead of being laser-engraved inside it. The portrait is in colour (an engraving is grey) and made of dots at magnification; under raking light the data lie flat instead of slightly sunken.",
    ),
    "delamination": QT_TRANSLATE_NOOP(
        "Taxonomy",
        "A genuine polycarbonate card split open to replace the portrait on an inner layer, then glued shut. Glue glows under UV along the edges, the surface over the portrait is uneven under raking light, the new portrait is printed in colour, and the changeable laser image and ghost image, engraved in the card, still show the real holder.",
    ),
}
# The feature categories as the dashboards name them (reports/names.py capitalises the id).
CATEGORY_NAMES = {
    "substrate": QT_TRANSLATE_NOOP("Taxonomy", "Substrate"),
    "printing": QT_TRANSLATE_NOOP("Taxonomy", "Printing"),
    "personalisation": QT_TRANSLATE_NOOP("Taxonomy", "Personalisation"),
    "protection": QT_TRANSLATE_NOOP("Taxonomy", "Protection"),
    "machine_readable": QT_TRANSLATE_NOOP("Taxonomy", "Machine-readable"),
}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def feature_name(feature_id: str) -> str:
    if feature_id in FEATURE_NAMES:
        return _tr("Taxonomy", FEATURE_NAMES[feature_id])
    feature = load_taxonomy().features.get(feature_id)
    return feature.name if feature is not None else feature_id.replace("_", " ")


def feature_description(feature_id: str) -> str:
    if feature_id in FEATURE_DESCRIPTIONS:
        return _tr("Taxonomy", FEATURE_DESCRIPTIONS[feature_id])
    feature = load_taxonomy().features.get(feature_id)
    return feature.description if feature is not None else ""


def method_name(method_id: str) -> str:
    if method_id in METHOD_NAMES:
        return _tr("Taxonomy", METHOD_NAMES[method_id])
    method = load_taxonomy().methods.get(method_id)
    return method.name if method is not None else method_id.replace("_", " ")


def method_description(method_id: str) -> str:
    if method_id in METHOD_DESCRIPTIONS:
        return _tr("Taxonomy", METHOD_DESCRIPTIONS[method_id])
    method = load_taxonomy().methods.get(method_id)
    return method.description if method is not None else ""


def method_names_for_charts() -> dict[str, str]:
    """Method id -> translated name, and "genuine" for answers on genuine documents."""
    names = {m: method_name(m) for m in load_taxonomy().methods}
    names["genuine"] = QCoreApplication.translate("Taxonomy", "genuine (no forgery)")
    return names


def category_names_for_charts() -> dict[str, str]:
    return {c: _tr("Taxonomy", name) for c, name in CATEGORY_NAMES.items()}
