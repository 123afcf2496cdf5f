<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApologisePage</name>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Apology notes</source>
        <translation>Notas do pedido de desculpas</translation>
    </message>
    <message>
        <source>Wording hint</source>
        <translation>Dica de linguagem</translation>
    </message>
    <message>
        <source>&quot;%1&quot; sounds defensive. %2</source>
        <translation>&quot;%1&quot; soa defensivo. %2</translation>
    </message>
    <message>
        <source>Own the failure instead.</source>
        <translation>Assuma a falha em vez disso.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Made</source>
        <translation>Feita em</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Receita mensal</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <source>&amp;Offers waiting for approval</source>
        <translation>&amp;Ofertas aguardando aprovação</translation>
    </message>
    <message>
        <source>Offers waiting for approval</source>
        <translation>Ofertas aguardando aprovação</translation>
    </message>
    <message>
        <source>The call&apos;s n&amp;otes</source>
        <translation>An&amp;otações da ligação</translation>
    </message>
    <message>
        <source>Notes of the selected call</source>
        <translation>Anotações da ligação selecionada</translation>
    </message>
    <message>
        <source>&amp;Note to the agent:</source>
        <translation>&amp;Nota para o atendente:</translation>
    </message>
    <message>
        <source>Note to the agent</source>
        <translation>Nota para o atendente</translation>
    </message>
    <message>
        <source>Required to reject: the agent tells the customer why</source>
        <translation>Obrigatória para recusar: o atendente explica o motivo ao cliente</translation>
    </message>
    <message>
        <source>Approvals status</source>
        <translation>Situação das aprovações</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>Approve the selected offer</source>
        <translation>Aprovar a oferta selecionada</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;cusar</translation>
    </message>
    <message>
        <source>Reject the selected offer</source>
        <translation>Recusar a oferta selecionada</translation>
    </message>
    <message>
        <source>That offer no longer waits: it was approved or rejected.</source>
        <translation>Essa oferta não aguarda mais: já foi aprovada ou recusada.</translation>
    </message>
    <message>
        <source>No offers wait for your approval.</source>
        <translation>Nenhuma oferta aguardando a sua aprovação.</translation>
    </message>
    <message>
        <source>(no notes on this call)</source>
        <translation>(ligação sem anotações)</translation>
    </message>
    <message>
        <source>Approved: %1 for %2. The agent&apos;s follow-ups have the answer.</source>
        <translation>Aprovada: %1 para %2. A resposta está nas pendências do atendente.</translation>
    </message>
    <message>
        <source>Rejected: %1 for %2. The agent&apos;s follow-ups have the answer.</source>
        <translation>Recusada: %1 para %2. A resposta está nas pendências do atendente.</translation>
    </message>
    <message>
        <source>Could not do that: %1</source>
        <translation>Não foi possível: %1</translation>
    </message>
</context>
<context>
    <name>AssistPage</name>
    <message>
        <source>&amp;Solved on the call</source>
        <translation>Re&amp;solvido na ligação</translation>
    </message>
    <message>
        <source>&amp;Ticket opened</source>
        <translation>Chamado a&amp;berto</translation>
    </message>
    <message>
        <source>&amp;Escalated to the team</source>
        <translation>&amp;Encaminhado à equipe</translation>
    </message>
    <message>
        <source>Nothing &amp;yet</source>
        <translation>Nada ain&amp;da</translation>
    </message>
    <message>
        <source>Ticket &amp;reference</source>
        <translation>Número do cha&amp;mado</translation>
    </message>
    <message>
        <source>Ticket reference</source>
        <translation>Número do chamado</translation>
    </message>
    <message>
        <source>&amp;Promise</source>
        <translation>&amp;Promessa</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>O que foi prometido</translation>
    </message>
    <message>
        <source>Enter adds the promise</source>
        <translation>Enter adiciona a promessa</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>Respo&amp;nsável</translation>
    </message>
    <message>
        <source>Promise owner</source>
        <translation>Responsável pela promessa</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>Pra&amp;zo</translation>
    </message>
    <message>
        <source>Promise due date</source>
        <translation>Prazo da promessa</translation>
    </message>
    <message>
        <source>&amp;Add promise</source>
        <translation>&amp;Adicionar promessa</translation>
    </message>
    <message>
        <source>Add the promise (Alt+A, or Enter in its fields)</source>
        <translation>Adicionar a promessa (Alt+A, ou Enter nos campos)</translation>
    </message>
    <message>
        <source>Add promise</source>
        <translation>Adicionar promessa</translation>
    </message>
    <message>
        <source>Promises made (Delete removes)</source>
        <translation>Promessas feitas (Delete remove)</translation>
    </message>
    <message>
        <source>pick a reason first</source>
        <translation>escolha um motivo primeiro</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Equipe: %1</translation>
    </message>
    <message>
        <source>Every promise needs an owner.</source>
        <translation>Toda promessa precisa de um responsável.</translation>
    </message>
    <message>
        <source>The due date is in the past.</source>
        <translation>O prazo está no passado.</translation>
    </message>
    <message>
        <source>Say what was promised.</source>
        <translation>Diga o que foi prometido.</translation>
    </message>
</context>
<context>
    <name>CallHeaderWidget</name>
    <message>
        <source>Asked not to be called again</source>
        <translation>Pediu para não ligarem mais</translation>
    </message>
    <message>
        <source>Already won back</source>
        <translation>Já recuperado</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Duração da ligação</translation>
    </message>
    <message>
        <source>Time since the call started</source>
        <translation>Tempo desde o início da ligação</translation>
    </message>
    <message>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (há %2 dias)</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (hoje)</translation>
    </message>
    <message>
        <source>%1 (yesterday)</source>
        <translation>%1 (ontem)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Phone (Ctrl+Shift+C copies)</source>
        <translation>Telefone (Ctrl+Shift+C copia)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Receita mensal</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Saiu em</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Atendido por</translation>
    </message>
    <message>
        <source>Known reason</source>
        <translation>Motivo conhecido</translation>
    </message>
    <message>
        <source>Earlier attempts (%1)</source>
        <translation>Tentativas anteriores (%1)</translation>
    </message>
</context>
<context>
    <name>CallLauncher</name>
    <message>
        <source>Unfinished call</source>
        <translation>Ligação não concluída</translation>
    </message>
    <message>
        <source>The call with %1 (started %2) was not finished. Resume it now?</source>
        <translation>A ligação com %1 (iniciada em %2) não foi concluída. Retomar agora?</translation>
    </message>
</context>
<context>
    <name>CallSaved</name>
    <message>
        <source>Call with %1 saved: %2.</source>
        <translation>Ligação com %1 salva: %2.</translation>
    </message>
    <message>
        <source>Call-back on %1.</source>
        <translation>Retorno em %1.</translation>
    </message>
    <message>
        <source>Next attempt on %1.</source>
        <translation>Nova tentativa em %1.</translation>
    </message>
    <message>
        <source>Promises: %1.</source>
        <translation>Promessas: %1.</translation>
    </message>
    <message>
        <source>The offer awaits a supervisor&apos;s approval; the answer will reach your follow-ups.</source>
        <translation>A oferta aguarda a aprovação de um supervisor; a resposta vai chegar nas suas pendências.</translation>
    </message>
    <message>
        <source>the offer answer</source>
        <translation>a resposta à oferta</translation>
    </message>
    <message>
        <source>the promises</source>
        <translation>as promessas</translation>
    </message>
    <message>
        <source>the reasons</source>
        <translation>os motivos</translation>
    </message>
    <message>
        <source>Not kept, as the customer was not reached: %1.</source>
        <translation>Não registrado, pois o cliente não atendeu: %1.</translation>
    </message>
</context>
<context>
    <name>CallShortcuts</name>
    <message>
        <source>Call: next step (on Outcome: finish the call)</source>
        <translation>Ligação: próxima etapa (no Resultado: concluir a ligação)</translation>
    </message>
    <message>
        <source>Call: previous step</source>
        <translation>Ligação: etapa anterior</translation>
    </message>
    <message>
        <source>Call: jump to step 1 to 5</source>
        <translation>Ligação: ir para a etapa 1 a 5</translation>
    </message>
    <message>
        <source>Call: jump to the outcome</source>
        <translation>Ligação: ir para o resultado</translation>
    </message>
    <message>
        <source>Call: copy the customer&apos;s phone</source>
        <translation>Ligação: copiar o telefone do cliente</translation>
    </message>
    <message>
        <source>Call: record &quot;not reached&quot; at once</source>
        <translation>Ligação: registrar &quot;não atendeu&quot; na hora</translation>
    </message>
    <message>
        <source>Reason picker: pick the highlighted reason</source>
        <translation>Seletor de motivos: escolher o motivo destacado</translation>
    </message>
    <message>
        <source>Outcome: tick the expectations the call met (respect, solutions, simplicity, responsibility)</source>
        <translation>Resultado: marcar as expectativas que a ligação atendeu (respeito, soluções, simplicidade, responsabilidade)</translation>
    </message>
</context>
<context>
    <name>CallWizardDialog</name>
    <message>
        <source>our company</source>
        <translation>nossa empresa</translation>
    </message>
    <message>
        <source>A call that reached the customer needs its main reason read back and confirmed (step 3).</source>
        <translation>Uma ligação em que você falou com o cliente precisa do motivo principal lido de volta e confirmado (passo 3).</translation>
    </message>
    <message>
        <source>A promise is typed but not added: complete it and press Enter, or clear it.</source>
        <translation>Há uma promessa digitada mas não adicionada: complete-a e tecle Enter, ou apague-a.</translation>
    </message>
    <message>
        <source>Choose an outcome to finish the call.</source>
        <translation>Escolha um resultado para concluir a ligação.</translation>
    </message>
    <message>
        <source>Set a call-back date and time later than now.</source>
        <translation>Defina uma data e hora de retorno posteriores a agora.</translation>
    </message>
    <message>
        <source>The call cannot finish yet.</source>
        <translation>A ligação ainda não pode ser concluída.</translation>
    </message>
    <message>
        <source>Call — %1</source>
        <translation>Ligação — %1</translation>
    </message>
    <message>
        <source>Call steps (Alt+1 to Alt+6)</source>
        <translation>Etapas da ligação (Alt+1 a Alt+6)</translation>
    </message>
    <message>
        <source>Call message</source>
        <translation>Mensagem da ligação</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Finish call</source>
        <translation>Concluir ligação</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Não atendeu</translation>
    </message>
    <message>
        <source>Copy phone</source>
        <translation>Copiar telefone</translation>
    </message>
    <message>
        <source>Phone copied.</source>
        <translation>Telefone copiado.</translation>
    </message>
</context>
<context>
    <name>CallbackReminder</name>
    <message>
        <source>call back</source>
        <translation>retorno</translation>
    </message>
    <message>
        <source>offer approved: call back</source>
        <translation>oferta aprovada: retornar a ligação</translation>
    </message>
    <message>
        <source>offer rejected: call back</source>
        <translation>oferta recusada: retornar a ligação</translation>
    </message>
    <message>
        <source>next attempt</source>
        <translation>nova tentativa</translation>
    </message>
    <message>
        <source>&amp;Call now</source>
        <translation>&amp;Ligar agora</translation>
    </message>
    <message>
        <source>Call the first customer now</source>
        <translation>Ligar agora para o primeiro cliente</translation>
    </message>
    <message>
        <source>Call-backs due</source>
        <translation>Retornos pendentes</translation>
    </message>
    <message>
        <source>These calls are due:</source>
        <translation>Está na hora destas ligações:</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Close the call</source>
        <translation>Fechar a ligação</translation>
    </message>
    <message>
        <source>The call is not finished. Keep it as a draft to resume later?</source>
        <translation>A ligação não foi concluída. Salvar como rascunho para retomar depois?</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;Salvar como rascunho</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
</context>
<context>
    <name>DiagnosePage</name>
    <message>
        <source>&amp;Reason (type part of a word, Enter picks)</source>
        <translation>&amp;Motivo (digite parte de uma palavra, Enter escolhe)</translation>
    </message>
    <message>
        <source>Search reasons</source>
        <translation>Buscar motivos</translation>
    </message>
    <message>
        <source>e.g. price, service, invoice</source>
        <translation>ex.: preço, atendimento, fatura</translation>
    </message>
    <message>
        <source>Down arrow moves into the list; Enter picks</source>
        <translation>Seta para baixo percorre a lista; Enter escolhe</translation>
    </message>
    <message>
        <source>Matching reasons</source>
        <translation>Motivos encontrados</translation>
    </message>
    <message>
        <source>Picked (first is the primary reason; Delete removes)</source>
        <translation>Escolhidos (o primeiro é o motivo principal; Delete remove)</translation>
    </message>
    <message>
        <source>Picked reasons</source>
        <translation>Motivos escolhidos</translation>
    </message>
    <message>
        <source>Read-back sentence</source>
        <translation>Frase de confirmação</translation>
    </message>
    <message>
        <source>&amp;Confirmed</source>
        <translation>&amp;Confirmado</translation>
    </message>
    <message>
        <source>The customer confirmed the read-back (Alt+C)</source>
        <translation>O cliente confirmou o motivo (Alt+C)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>C&amp;orrected</source>
        <translation>C&amp;orrigido</translation>
    </message>
    <message>
        <source>The customer corrected it: back to the picker (Alt+O)</source>
        <translation>O cliente corrigiu: volta ao seletor (Alt+O)</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigido</translation>
    </message>
    <message>
        <source>%1 more — type to narrow</source>
        <translation>mais %1 — digite para filtrar</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secundário</translation>
    </message>
    <message>
        <source>Pick the reason the customer gives.</source>
        <translation>Escolha o motivo que o cliente dá.</translation>
    </message>
    <message>
        <source>✔ Confirmed by the customer.</source>
        <translation>✔ Confirmado pelo cliente.</translation>
    </message>
    <message>
        <source>Read it back; the diagnosis is complete once confirmed.</source>
        <translation>Repita para o cliente; o diagnóstico só fica completo quando confirmado.</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <source>&amp;Notes (let the customer vent)</source>
        <translation>&amp;Notas (deixe o cliente desabafar)</translation>
    </message>
    <message>
        <source>Listening notes</source>
        <translation>Notas da escuta</translation>
    </message>
    <message>
        <source>In the customer&apos;s &amp;words</source>
        <translation>Nas &amp;palavras do cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s words, verbatim</source>
        <translation>As palavras do cliente, literalmente</translation>
    </message>
    <message>
        <source>Tab from the notes; quote the customer exactly</source>
        <translation>Tab a partir das notas; cite o cliente exatamente</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>No offer in the catalogue is in %1, the currency this customer is billed in: a supervisor sets each offer&apos;s currency in Catalogue → Offers.</source>
        <translation>Nenhuma oferta do catálogo está em %1, a moeda em que este cliente é cobrado: um supervisor define a moeda de cada oferta em Catálogo → Ofertas.</translation>
    </message>
    <message>
        <source>No offer in the catalogue fits this customer and these reasons.</source>
        <translation>Nenhuma oferta do catálogo serve para este cliente e estes motivos.</translation>
    </message>
    <message>
        <source>This offer is above your limit: it waits for a supervisor&apos;s approval. Tell the customer you will call back with the answer.</source>
        <translation>Esta oferta passa do seu limite: ela aguarda a aprovação de um supervisor. Diga ao cliente que você vai ligar de volta com a resposta.</translation>
    </message>
    <message>
        <source>%1 (cost %2)</source>
        <translation>%1 (custo %2)</translation>
    </message>
    <message>
        <source>needs supervisor approval</source>
        <translation>precisa de aprovação do supervisor</translation>
    </message>
    <message>
        <source>answers the main reason</source>
        <translation>responde ao motivo principal</translation>
    </message>
    <message>
        <source>made for %1</source>
        <translation>feita para %1</translation>
    </message>
    <message>
        <source>%1 of a year&apos;s revenue, in proportion</source>
        <translation>%1 da receita de um ano, na medida certa</translation>
    </message>
    <message>
        <source>%1 of a year&apos;s revenue, small for this customer</source>
        <translation>%1 da receita de um ano, pouco para este cliente</translation>
    </message>
    <message>
        <source>%1 of a year&apos;s revenue, large for this customer</source>
        <translation>%1 da receita de um ano, muito para este cliente</translation>
    </message>
    <message>
        <source>revenue unknown</source>
        <translation>receita desconhecida</translation>
    </message>
    <message>
        <source>Fit: %1</source>
        <translation>Adequação: %1</translation>
    </message>
    <message>
        <source>&amp;Offers this customer may receive (best fit first)</source>
        <translation>&amp;Ofertas que este cliente pode receber (mais adequadas primeiro)</translation>
    </message>
    <message>
        <source>Eligible offers</source>
        <translation>Ofertas elegíveis</translation>
    </message>
    <message>
        <source>Present one offer; above your limit it awaits a supervisor&apos;s approval</source>
        <translation>Apresente uma oferta; acima do seu limite ela aguarda a aprovação de um supervisor</translation>
    </message>
    <message>
        <source>Customer&apos;s answer:</source>
        <translation>Resposta do cliente:</translation>
    </message>
    <message>
        <source>Approval needed</source>
        <translation>Aprovação necessária</translation>
    </message>
    <message>
        <source>No offer listed</source>
        <translation>Nenhuma oferta na lista</translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation>A&amp;ceitou</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>&amp;Recusou</translation>
    </message>
    <message>
        <source>&amp;Thinking it over</source>
        <translation>Vai &amp;pensar</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>&amp;Won back</source>
        <translation>Cliente &amp;recuperado</translation>
    </message>
    <message>
        <source>&amp;Thinking it over</source>
        <translation>Vai &amp;pensar no assunto</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>Re&amp;cusou</translation>
    </message>
    <message>
        <source>&amp;Not reached</source>
        <translation>&amp;Não atendeu</translation>
    </message>
    <message>
        <source>Do not call a&amp;gain</source>
        <translation>Não ligar &amp;mais</translation>
    </message>
    <message>
        <source>&amp;Call back on</source>
        <translation>Re&amp;tornar em</translation>
    </message>
    <message>
        <source>Call-back date and time</source>
        <translation>Data e hora do retorno</translation>
    </message>
    <message>
        <source>Notes on the &amp;outcome</source>
        <translation>Notas sobre o res&amp;ultado</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>Notas do resultado</translation>
    </message>
    <message>
        <source>Why the call cannot finish yet</source>
        <translation>Por que a ligação ainda não pode ser concluída</translation>
    </message>
    <message>
        <source>The customer&apos;s four expectations: this call met</source>
        <translation>As quatro expectativas do cliente: esta ligação atendeu</translation>
    </message>
    <message>
        <source>&amp;Respect</source>
        <translation>R&amp;espeito</translation>
    </message>
    <message>
        <source>Listened without interrupting, no defensive phrases</source>
        <translation>Ouvi sem interromper, sem frases defensivas</translation>
    </message>
    <message>
        <source>&amp;Solutions</source>
        <translation>&amp;Soluções</translation>
    </message>
    <message>
        <source>The customer leaves with a concrete step toward fixing the problem</source>
        <translation>O cliente sai da ligação com um passo concreto para resolver o problema</translation>
    </message>
    <message>
        <source>Si&amp;mplicity</source>
        <translation>S&amp;implicidade</translation>
    </message>
    <message>
        <source>Nothing for the customer to chase: no transfers, forms or retelling</source>
        <translation>Nada para o cliente correr atrás: sem transferências, formulários nem repetir a história</translation>
    </message>
    <message>
        <source>Res&amp;ponsibility</source>
        <translation>Responsa&amp;bilidade</translation>
    </message>
    <message>
        <source>Owned the failure; every promise has an owner and a deadline</source>
        <translation>Assumi a falha; toda promessa tem um responsável e um prazo</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Script</source>
        <translation>Roteiro</translation>
    </message>
    <message>
        <source>Checklist (Space ticks an item)</source>
        <translation>Checklist (Espaço marca um item)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>no offer waits for approval with this id</source>
        <translation>nenhuma oferta aguarda aprovação com este id</translation>
    </message>
    <message>
        <source>this offer was already approved or rejected</source>
        <translation>esta oferta já foi aprovada ou recusada</translation>
    </message>
    <message>
        <source>this offer costs more than your approval limit</source>
        <translation>esta oferta custa mais do que o seu limite de aprovação</translation>
    </message>
    <message>
        <source>say why the offer is rejected (the agent tells the customer)</source>
        <translation>diga por que a oferta foi recusada (o atendente vai explicar ao cliente)</translation>
    </message>
    <message>
        <source>a note is at most 500 characters</source>
        <translation>a nota tem no máximo 500 caracteres</translation>
    </message>
</context>
</TS>
