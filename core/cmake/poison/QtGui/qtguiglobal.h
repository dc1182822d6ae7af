// core/ links Qt6::Core and Qt6::Sql only: anything that needs the user leaves core as a signal,
// a callback or a returned value. This header shadows Qt's own to make the rule a build error.
#error "core/ must not include QtGui headers"
