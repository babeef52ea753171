#ifndef VEENBRAND_CVIPS_SHIM_H
#define VEENBRAND_CVIPS_SHIM_H
#include <vips/vips.h>
#endif
