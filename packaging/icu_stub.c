/* An empty ICU data library, put in the bundle instead of Qt's 31 MB libicudata.
 *
 * Qt uses ICU data only for collation (QCollator), legacy text encodings, time zone display
 * names and locale-specific case rules; the app needs none of them, and Qt falls back to plain
 * comparison when ICU has no data. Case mapping and normalisation are compiled into libicuuc,
 * so they still work. build.sh compiles this with -DICU_DATA_ENTRY=icudtNN_dat for the ICU
 * version PySide6 ships. The layout follows ICU's own stubdata (a table of contents with
 * no entries).
 */
#include <stdint.h>

#ifndef ICU_DATA_ENTRY
#error "define ICU_DATA_ENTRY, e.g. -DICU_DATA_ENTRY=icudt73_dat"
#endif

typedef struct {
    uint16_t size;
    uint16_t reserved_word;
    uint8_t is_big_endian;
    uint8_t charset_family;
    uint8_t sizeof_uchar;
    uint8_t reserved_byte;
    uint8_t data_format[4];
    uint8_t format_version[4];
    uint8_t data_version[4];
} DataInfo;

typedef struct {
    uint16_t header_size;
    uint8_t magic1, magic2;
    DataInfo info;
    char padding[8];
    uint32_t count, reserved;
    const void *toc[2];
} DataHeader;

__attribute__((visibility("default"), aligned(16)))
const DataHeader ICU_DATA_ENTRY = {
    32, 0xda, 0x27,
    {sizeof(DataInfo), 0, __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__, 0 /* ASCII */, 2, 0,
     {0x54, 0x6f, 0x43, 0x50} /* "ToCP" */, {1, 0, 0, 0}, {0, 0, 0, 0}},
    {'s', 't', 'u', 'b', 'd', 'a', 't', 'a'},
    0, 0,
    {0, 0},
};
